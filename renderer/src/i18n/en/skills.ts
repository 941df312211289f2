/** The skills and languages a person lists on their CV or LinkedIn, shown apart from any target. */
export const skills = {
  heading: (skills: number, languages: number) =>
    languages === 0
      ? `Skills you list (${skills})`
      : skills === 0
        ? `Languages you list (${languages})`
        : `Skills and languages you list (${skills + languages})`,
  listedOnly: (amount: number) =>
    amount === 1
      ? 'No role or project shows this one yet; a recruiter will ask where you used it:'
      : `No role or project shows these ${String(amount)} yet; a recruiter will ask where you used them:`,
  shown: (amount: number) => (amount === 1 ? 'Shown in your work:' : `Shown in your work (${amount}):`),
  languages: (amount: number) => (amount === 1 ? 'Language you speak:' : `Languages you speak (${amount}):`),
  where: (skill: string) => `${skill}: say where you used it`,
};
