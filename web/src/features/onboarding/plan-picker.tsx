/** The plans catalog as radio cards: a fieldset, so keyboards and screen readers treat it as one choice. */
import { PLANS, PLAN_IDS, type FeatureFlag, type PlanId } from '@atrium/domain';

const FEATURE_LABELS: Record<FeatureFlag, string> = {
  customFields: 'Custom patient fields',
  dataApi: 'Data API and imports',
  domainCapture: 'Sign-in with your clinic domain',
  auditExport: 'Audit log export',
};

interface PlanPickerProps {
  value: PlanId;
  onChange: (plan: PlanId) => void;
  disabled: boolean;
  error?: string | undefined;
}

export function PlanPicker({ value, onChange, disabled, error }: PlanPickerProps) {
  return (
    <fieldset className="plan-picker" disabled={disabled} aria-describedby={error ? 'plan-error' : undefined}>
      <legend>Plan</legend>
      <div className="plan-options">
        {PLAN_IDS.map((id) => {
          const plan = PLANS[id];
          const features = (Object.keys(plan.features) as FeatureFlag[]).filter((flag) => plan.features[flag]);
          return (
            <label key={id} className="plan-card">
              <input type="radio" name="plan" value={id} checked={value === id} onChange={() => onChange(id)} />
              <span className="plan-name">{plan.label}</span>
              <span className="plan-seats">Up to {plan.seatLimit} team members</span>
              {features.length > 0 && (
                <span className="plan-features">{features.map((flag) => FEATURE_LABELS[flag]).join(' · ')}</span>
              )}
            </label>
          );
        })}
      </div>
      {error && (
        <p className="field-error" id="plan-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
