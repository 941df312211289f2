/** The skills a person lists on their CV or LinkedIn, shown apart from any target. */
export const skills = {
  heading: (amount: number) => `Skills you list (${amount})`,
  listedOnly: (amount: number) =>
    amount === 1
      ? 'No role or project shows this one yet; a recruiter will ask where you used it:'
      : `No role or project shows these ${String(amount)} yet; a recruiter will ask where you used them:`,
  shown: (amount: number) => (amount === 1 ? 'Shown in your work:' : `Shown in your work (${amount}):`),
  where: (skill: string) => `${skill}: say where you used it`,
};
