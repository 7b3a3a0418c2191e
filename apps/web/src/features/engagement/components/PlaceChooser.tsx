// Which unit or organisation a board or an honour roll is about: a kind (administrative unit or
// organisation) and the matching picker. The place itself lives in the URL.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPicker } from '../../../components/pickers/OrganisationPicker';
import { UnitPicker } from '../../../components/pickers/UnitPicker';
import { SelectField } from '../../../components/ui/SelectField';
import type { PlaceKind } from '../api/types';
import type { PlaceChoice } from './labels';

interface Props {
  value: PlaceChoice | null;
  onChange: (value: PlaceChoice) => void;
}

export function PlaceChooser({ value, onChange }: Props) {
  const { t } = useTranslation('engagement');
  const [kind, setKind] = useState<PlaceKind>(value?.params.organisationId ? 'organisation' : 'unit');
  const unit = value?.params.unitId ? { id: value.params.unitId, label: value.label } : null;
  const organisation = value?.params.organisationId
    ? { id: value.params.organisationId, label: value.label }
    : null;
  return (
    <fieldset className="engagement-place">
      <legend className="visually-hidden">{t('place.legend')}</legend>
      <SelectField
        label={t('place.kind')}
        value={kind}
        onValueChange={(v) => setKind(v as PlaceKind)}
        options={[
          { value: 'unit', label: t('place.unit') },
          { value: 'organisation', label: t('place.organisation') },
        ]}
      />
      {kind === 'unit' ? (
        <UnitPicker
          label={t('place.unitLabel')}
          value={unit}
          onChange={(u) => u && onChange({ params: { unitId: u.id }, label: u.label })}
        />
      ) : (
        <OrganisationPicker
          label={t('place.organisationLabel')}
          value={organisation}
          onChange={(o) => o && onChange({ params: { organisationId: o.id }, label: o.label })}
        />
      )}
    </fieldset>
  );
}
