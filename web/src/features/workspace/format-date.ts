const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
