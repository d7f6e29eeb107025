/**
 * A workspace page's title, an optional line under it, and its main actions on the right.
 * `headingRef` makes the title focusable from script (tabIndex -1): the place keyboard
 * focus returns to when the control that had it goes away (lib/use-return-focus.ts).
 */
import type { ReactNode, Ref } from 'react';

export function PageHeader({
  title,
  intro,
  actions,
  headingRef,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <div className="page-header">
      <div>
        <h2 ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </h2>
        {intro && <p className="page-intro">{intro}</p>}
      </div>
      {actions && <div className="page-actions">{actions}</div>}
    </div>
  );
}
