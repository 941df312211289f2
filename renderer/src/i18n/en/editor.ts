/** Forms for roles, projects and certificates, and the details of a selected item. */
export const editor = {};
