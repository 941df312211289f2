import type { Facts } from './context';
import type { FindingCode, Severity } from './result';

export interface Wording {
  severity: Severity;
  message: string;
  why: string;
  action: string;
}

/**
 * What each finding says: the observation, the recruiter's reasoning behind it (in our own
 * words), and the next step. `facts` fills in the names and numbers.
 */
export const WORDING: Record<FindingCode, (facts: Facts) => Wording> = {
  CERT_OFF_TARGET: (f) => ({
    severity: 'suggestion',
    message: `“${f['title']}” does not serve ${f['target']}: none of its skills is one the role asks for or close to one.`,
    why: 'A reader for this role looks for learning that builds its skills; an unrelated course takes space without adding to the case.',
    action: 'Keep it as background for this target, or add the target skill it did build if it built one.',
  }),
  CERT_STALE: (f) => ({
    severity: 'suggestion',
    message: `“${f['title']}” is from ${f['issued']}, older than ${f['window']} in a ${f['pace']}-moving field.`,
    why: 'In a field that changes at this pace, older learning reads as background rather than proof of current ability.',
    action: 'Show it as background, or pair it with recent work or a refresher that shows the skill is current.',
  }),
  CERT_EXPIRED: (f) =>
    f['longAgo'] === 1
      ? {
          severity: 'suggestion',
          message: `“${f['title']}” (${f['issued']}) expired in ${f['expires']} and reads as history now.`,
          why: 'A credential that lapsed years ago, for what may be a retired version of a product, says what you once knew; renewing it rarely makes sense.',
          action:
            'List it under past learning with its years, and show the skill through recent work or its current certification.',
        }
      : {
          severity: 'warning',
          message: `“${f['title']}” expired in ${f['expires']}.`,
          why: 'An expired credential says the holder once met a standard, not that they meet it now, and it invites the question why it lapsed.',
          action: 'Renew it, or list it as expired with the year, so nobody finds out by checking.',
        },
  CERT_UNAPPLIED: (f) => ({
    severity: f['entryLevel'] === 1 ? 'suggestion' : 'warning',
    message: `“${f['title']}” is not linked to any role or project.`,
    why: 'Use in real work is the signal trusted most; a certificate with nothing behind it reads as learning that has not led anywhere yet.',
    action: 'Link it to the role or project where you used it, with one line on how — or do a small project with it.',
  }),
  CERT_APPLICATION_PREDATES: (f) => ({
    severity: 'suggestion',
    message: `Every role or project linked to “${f['title']}” ended before you earned it (${f['issued']}).`,
    why: 'The story of learning that led to action runs forward in time; work that ended before the course cannot show what the course gave you.',
    action: 'Link it to later work where you used it, or describe it as formalising what you already did.',
  }),
  CERT_SOFT_SKILL: (f) => ({
    severity: 'info',
    message: `“${f['title']}” is about soft skills.`,
    why: 'Soft skills are judged from interviews and references more than certificates, so this one supports rather than decides.',
    action: 'Back it with a concrete example from your work, and keep it below technical evidence.',
  }),
  CERT_INFLATED_CLAIM: (f) => ({
    severity: 'warning',
    message: `“${f['title']}” promises “${f['claim']}”.`,
    why: 'Claims of mastery or guaranteed results from a course make readers sceptical; learning is a process, and modest wording reads as self-aware.',
    action: 'Describe what you learned and used, not what the course promised.',
  }),
  CERT_UNKNOWN_PROVIDER: (f) => ({
    severity: 'info',
    message:
      f['provider'] === ''
        ? `“${f['title']}” has no provider.`
        : `${f['provider']} is not a provider Throughline recognises.`,
    why: 'A familiar provider lowers uncertainty, though what you did with the skill matters more than who taught it.',
    action:
      'Add a link to the credential or the course page, or mark the provider as recognised if it is known in your field.',
  }),
  CERT_OUTLIER: (f) => ({
    severity: 'suggestion',
    message: `“${f['title']}” is unrelated to your other learning, your experience and your target.`,
    why: 'A course that fits nothing else in the story makes readers wonder about direction, even when it is good on its own.',
    action: 'Leave it off for this target, or say in a line what it added.',
  }),
  CERT_EARNED_WHILE_WORKING: (f) => ({
    severity: 'info',
    message: `You earned “${f['title']}” while working as ${f['role']}.`,
    why: 'Finishing a course alongside a job shows follow-through and motivation.',
    action: 'Mention it with the role, as part of how you grew in it.',
  }),
  PROFILE_CREDENTIAL_COLLECTOR: (f) => ({
    severity: 'warning',
    message: `${f['earned']} certificates, ${f['unapplied']} of them not linked to any work.`,
    why: 'A long list without application can read as collecting credentials instead of using them; a few well-chosen, applied ones make a stronger case.',
    action:
      'Show the curated few for your target and move the rest to background, or link them to where you used them.',
  }),
  PROFILE_TARGET_SKILL_UNEVIDENCED: (f) => ({
    severity: 'warning',
    message:
      f['count'] === 1
        ? `1 core skill for ${f['target']} has nothing behind it yet: ${f['skills']}.`
        : `${f['count']} core skills for ${f['target']} have nothing behind them yet: ${f['skills']}.`,
    why: 'A reader checks the role’s core skills first; one with no certificate, role or project behind it is a gap they will notice.',
    action: 'Plan learning or a project for the skills you want to claim, or add where you already used them.',
  }),
  PROFILE_SKILL_CERTIFIED_NOT_APPLIED: (f) => ({
    severity: 'suggestion',
    message:
      f['count'] === 1
        ? `1 skill for ${f['target']} is backed by certificates only: ${f['skills']}.`
        : `${f['count']} skills for ${f['target']} are backed by certificates only: ${f['skills']}.`,
    why: 'Certificates open the door, but readers want to see the skill used in a project, internship, freelance job or personal initiative.',
    action: 'Do a small project with these skills, or link the work where you already used them.',
  }),
  PROFILE_TIMELINE_GAP: (f) => ({
    severity: 'suggestion',
    message: `Nothing covers ${f['from']} to ${f['to']} (${f['months']} months).`,
    why: 'An unexplained stretch interrupts the story; readers fill the silence themselves.',
    action: 'Add what you did then — learning, a project, caring, travel — even in one line.',
  }),
  PROFILE_SCATTERED_LEARNING: (f) => ({
    severity: 'suggestion',
    message: `Your ${f['certificates']} certificates spread over ${f['groups']} unrelated areas, none of them dominant.`,
    why: 'Learning that points in one direction shows purpose; unrelated certificates can blur what you are aiming for.',
    action: 'Lead with the certificates that point at your target and group the rest as background.',
  }),
  PROFILE_TRANSITION_UNSUPPORTED: (f) => ({
    severity: 'warning',
    message: `Nothing yet bridges your current field to ${f['target']}: no relevant certificate followed by a project or role.`,
    why: 'A change of direction is convincing when learning for the new role is followed by using it; without that bridge the move reads as a wish.',
    action: 'Pick one relevant course and follow it with a project that uses it, then link the two.',
  }),
  PROFILE_ENTRY_LEVEL: (f) => ({
    severity: 'info',
    message: `Read as entry-level: ${f['months']} months of work experience.`,
    why: 'With little experience, certificates and projects carry more of the weight, and readers treat them as readiness to learn.',
    action: 'Make your projects concrete (what, how, outcome) and link each certificate to one.',
  }),
  PROFILE_CAREER_CHANGE: (f) => ({
    severity: 'info',
    message: `Read as a career change: ${f['target']} is outside your current field.`,
    why: 'For a change of direction, relevant recent learning and the projects that use it matter more than seniority in the old field.',
    action: 'Lead with the learning and projects that point at the new role.',
  }),
};
