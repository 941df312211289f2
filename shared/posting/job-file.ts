import { z } from 'zod';

/**
 * A JSON Resume job description (the job-schema project: title, company, description,
 * responsibilities, qualifications, skills…), composed into posting text with the headings the
 * structure reader knows, so qualifications and skills are read as requirements.
 */

const text = (max: number) => z.string().max(max);
const NamedSkillSchema = z.object({
  name: text(200),
  level: text(100).optional(),
  keywords: z.array(text(200)).max(100).optional(),
});

export const JobFileSchema = z.object({
  title: text(300).min(1, 'The job has no title'),
  company: text(200).optional(),
  type: text(100).optional(),
  date: text(40).optional(),
  description: text(20_000).optional(),
  location: z
    .object({
      address: text(300).optional(),
      postalCode: text(40).optional(),
      city: text(100).optional(),
      countryCode: text(10).optional(),
      region: text(100).optional(),
    })
    .optional(),
  remote: text(100).optional(),
  salary: text(200).optional(),
  experience: text(200).optional(),
  responsibilities: z.array(text(2_000)).max(200).optional(),
  qualifications: z.array(text(2_000)).max(200).optional(),
  skills: z.array(NamedSkillSchema).max(200).optional(),
  tools: z.array(NamedSkillSchema).max(200).optional(),
});
export type JobFile = z.infer<typeof JobFileSchema>;

const skillLine = (skill: z.infer<typeof NamedSkillSchema>) => {
  const level = skill.level === undefined || skill.level === '' ? '' : ` (${skill.level})`;
  const keywords = skill.keywords === undefined || skill.keywords.length === 0 ? '' : `: ${skill.keywords.join(', ')}`;
  return `- ${skill.name}${level}${keywords}`;
};

/** The job as a posting's text: title, company and place first, then its parts under headings. */
export function jobFileText(job: JobFile): string {
  const blocks: string[] = [job.title];
  const facts: string[] = [];
  if (job.company !== undefined && job.company !== '') facts.push(`Company: ${job.company}`);
  const place = [job.location?.city, job.location?.region, job.location?.countryCode].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  if (place.length > 0 || job.remote !== undefined)
    facts.push(`Location: ${[...place, ...(job.remote === undefined ? [] : [job.remote])].join(', ')}`);
  if (job.type !== undefined && job.type !== '') facts.push(`Type: ${job.type}`);
  if (job.experience !== undefined && job.experience !== '') facts.push(`Experience: ${job.experience}`);
  if (facts.length > 0) blocks.push(facts.join('\n'));
  if (job.description !== undefined && job.description.trim() !== '') blocks.push(job.description.trim());
  const list = (heading: string, lines: string[]) => {
    if (lines.length > 0) blocks.push([heading, ...lines].join('\n'));
  };
  list(
    'Responsibilities',
    (job.responsibilities ?? []).map((line) => `- ${line}`),
  );
  list('Requirements', [
    ...(job.qualifications ?? []).map((line) => `- ${line}`),
    ...(job.skills ?? []).map(skillLine),
    ...(job.tools ?? []).map(skillLine),
  ]);
  if (job.salary !== undefined && job.salary !== '') blocks.push(`Salary\n${job.salary}`);
  return `${blocks.join('\n\n')}\n`;
}

/** What was wrong with a job file, in a sentence naming the first problem and where. */
export function describeJobFileProblem(error: z.ZodError): string {
  const [issue] = error.issues;
  if (issue === undefined) return 'It is not a JSON Resume job description.';
  const where = issue.path.length === 0 ? '' : ` (at ${issue.path.join('.')})`;
  return `It is not a JSON Resume job description: ${issue.message}${where}.`;
}
