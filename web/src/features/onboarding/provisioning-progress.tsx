/** Two-step progress shown while the practice is created and the workspace opens. */
export type ProvisioningStep = 'creating' | 'opening';

const STEPS: { id: ProvisioningStep; active: string; done: string }[] = [
  { id: 'creating', active: 'Creating your practice…', done: 'Practice created' },
  { id: 'opening', active: 'Setting up your workspace…', done: 'Workspace ready' },
];

export function ProvisioningProgress({ step }: { step: ProvisioningStep }) {
  const current = STEPS.findIndex((s) => s.id === step);
  return (
    <ol className="progress-steps" role="status" aria-live="polite">
      {STEPS.map((s, index) => {
        const state = index < current ? 'done' : index === current ? 'active' : 'pending';
        return (
          <li key={s.id} className={`progress-step progress-step-${state}`} aria-current={state === 'active' ? 'step' : undefined}>
            <span className="progress-marker" aria-hidden="true" />
            <span>{state === 'done' ? s.done : s.active}</span>
          </li>
        );
      })}
    </ol>
  );
}
