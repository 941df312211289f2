import { keysOf, type Context } from './context';

/**
 * Without a target, a certificate is the odd one out when nothing else in the story (another
 * course, a role, a project) reaches the same skill neighbourhood. With a target, relevance to it
 * decides instead.
 */
export function coherenceJudge(context: Context): (certificateId: string) => boolean {
  const { profile, skills } = context;
  const sources = [
    ...profile.roles.map((role) => keysOf(context, 'role', role.id)),
    ...profile.projects.map((project) => keysOf(context, 'project', project.id)),
    ...profile.certificates.map((certificate) => keysOf(context, 'certificate', certificate.id)),
  ];
  const counts = neighbourCounts(sources, context);
  let total = 0;
  for (const count of counts.values()) total += count;
  return (certificateId) => {
    const own = keysOf(context, 'certificate', certificateId);
    if (own.length === 0) return true;
    let reach = 0;
    for (const key of own) reach += skills.neighbourhood(key).length;
    if (total <= reach) return true; // nothing else to compare with
    // Its own contribution counts once, so anything above one came from elsewhere.
    return own.some((key) => skills.neighbourhood(key).some((neighbour) => (counts.get(neighbour) ?? 0) > 1));
  };
}

/** For each concept neighbourhood, how many sources reach it, each source counted once. */
function neighbourCounts(sources: ReadonlyArray<readonly string[]>, context: Context): Map<string, number> {
  const counts = new Map<string, number>();
  const lastSource = new Map<string, number>();
  sources.forEach((keys, source) => {
    for (const key of keys) {
      for (const neighbour of context.skills.neighbourhood(key)) {
        if (lastSource.get(neighbour) === source) continue;
        lastSource.set(neighbour, source);
        counts.set(neighbour, (counts.get(neighbour) ?? 0) + 1);
      }
    }
  });
  return counts;
}
