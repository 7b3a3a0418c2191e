// "Mạng lưới": the people who multiply the campaign, for officers with network.manage — the
// train-the-trainer cascade, the trainer register, support people for online public services,
// community digital technology teams, and the "Đại sứ số" mentors (the mentoring feature's panel).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Tabs } from '../../../components/ui/Tabs';
import { CascadePanel } from '../components/CascadePanel';
import { MentorsPanel } from '../components/MentorsPanel';
import { SupportPanel } from '../components/SupportPanel';
import { TeamsPanel } from '../components/TeamsPanel';
import { TrainersPanel } from '../components/TrainersPanel';
import '../network.css';

type NetworkTab = 'cascade' | 'trainers' | 'support' | 'teams' | 'mentors';
const TABS: NetworkTab[] = ['cascade', 'trainers', 'support', 'teams', 'mentors'];

export function NetworkPage() {
  const { t } = useTranslation('network');
  const [tab, setTab] = useState<NetworkTab>('cascade');
  return (
    <div className="network-page">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs
        label={t('tabs.label')}
        tabs={TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'cascade' ? (
          <CascadePanel />
        ) : tab === 'trainers' ? (
          <TrainersPanel />
        ) : tab === 'support' ? (
          <SupportPanel />
        ) : tab === 'teams' ? (
          <TeamsPanel />
        ) : (
          <MentorsPanel />
        )}
      </Tabs>
    </div>
  );
}
