/** The session frame as the lines under the note's heading; an empty frame gives none. */
import { noteCptCodes } from './billing';
import { durationMinutes, isTelehealth, MODALITY_LABELS, SETTING_LABELS, type SessionFrame } from './frame';
import { capitalize, filled, labelled, type Wording } from './phrases';

export function frameLines(frame: SessionFrame | undefined, intake: boolean, wording: Wording): string[] {
  if (!frame) return [];
  const lines: string[] = [];
  const when: string[] = [];
  const date = filled(frame.date);
  if (date) when.push(labelled('Date', date));
  const start = filled(frame.start);
  const end = filled(frame.end);
  const minutes = durationMinutes(frame);
  if (start && end) {
    when.push(`Time: ${start}–${end}${minutes === undefined ? '' : ` (${minutes} minutes)`}.`);
  } else if (start) {
    when.push(labelled('Start time', start));
  } else if (end) {
    when.push(labelled('End time', end));
  }
  if (when.length > 0) lines.push(when.join(' '));

  const session: string[] = [];
  if (frame.sessionNumber !== undefined) {
    session.push(
      frame.courseLength === undefined
        ? `Session ${frame.sessionNumber}.`
        : `Session ${frame.sessionNumber} of ${frame.courseLength}.`,
    );
  }
  const focus = filled(frame.focus);
  if (focus) session.push(labelled('Agreed focus', focus));
  if (session.length > 0) lines.push(session.join(' '));

  const how = [
    frame.modality && MODALITY_LABELS[frame.modality].replace('client', wording),
    frame.setting && SETTING_LABELS[frame.setting],
  ].filter(Boolean);
  const setting: string[] = [];
  if (how.length > 0) setting.push(`${capitalize(how.join(', '))}.`);
  if (isTelehealth(frame)) {
    if (frame.telehealthLocationConfirmed) setting.push(`${capitalize(wording)} location confirmed.`);
    if (frame.telehealthConsent) setting.push('Consent to telehealth confirmed.');
  }
  const participants = filled(frame.participants);
  if (participants) setting.push(labelled('Participants', participants));
  if (setting.length > 0) lines.push(setting.join(' '));

  // Billing only once times are entered (or codes confirmed): never a code from nothing.
  const codes = frame.cpt?.length || minutes !== undefined ? noteCptCodes(frame, { intake }) : [];
  if (codes.length > 0) lines.push(`CPT: ${codes.join(', ')}.`);
  return lines;
}
