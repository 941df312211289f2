import { useState } from 'react';
import { AboutDialog } from './about/AboutDialog';
import { useRemote } from './ipc/client';
import { AppHeader } from './shell/AppHeader';
import { StoreProblem } from './shell/StoreProblem';
import { SidePanel } from './side-panel/SidePanel';
import { TimelineArea } from './timeline/TimelineArea';

export function App() {
  const profile = useRemote((api) => api.getProfile());
  const [aboutOpen, setAboutOpen] = useState(false);
  const activeTarget =
    profile.status === 'ready'
      ? (profile.value.profile.targets.find((target) => target.id === profile.value.profile.activeTargetId) ?? null)
      : null;

  return (
    <div className="app-shell">
      <AppHeader
        activeTargetTitle={activeTarget?.title ?? null}
        saveState={profile.status === 'loading' ? 'loading' : profile.status === 'failed' ? 'unavailable' : 'saved'}
        onShowAbout={() => setAboutOpen(true)}
      />
      {profile.status === 'failed' && <StoreProblem message={profile.error.message} />}
      <div className="app-body">
        <main className="timeline-region" aria-labelledby="timeline-heading" tabIndex={0}>
          <TimelineArea profile={profile.status === 'ready' ? profile.value.profile : null} />
        </main>
        <SidePanel />
      </div>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </div>
  );
}
