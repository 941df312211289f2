export const common = {
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  delete: 'Delete',
  edit: 'Edit',
  now: 'now',
  period: (from: string, to: string) => `${from} – ${to}`,
};
