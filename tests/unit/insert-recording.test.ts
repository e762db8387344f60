import { describe, expect, it, vi } from 'vitest';
import { INSERTED, InsertRecording, notRecordedMessage } from '@/lib/insert-recording';

describe('an insert answered before its record was stored', () => {
  it('says Inserted when nothing went wrong', () => {
    const show = vi.fn();
    expect(new InsertRecording(show).inserted('a')).toBe(INSERTED);
    expect(show).not.toHaveBeenCalled();
  });

  it('shows a failure that comes after the answer at once', () => {
    const show = vi.fn();
    const recording = new InsertRecording(show);
    recording.inserted('a');
    recording.notRecorded('a', 'storage-full');
    expect(show).toHaveBeenCalledWith(notRecordedMessage('storage-full'));
  });

  it('keeps a failure that overtook the answer for that answer, and for no other insert', () => {
    const show = vi.fn();
    const recording = new InsertRecording(show);
    recording.notRecorded('a', 'write-failed');
    expect(show).not.toHaveBeenCalled();
    expect(recording.inserted('b')).toBe(INSERTED);
    expect(recording.inserted('a')).toBe(notRecordedMessage('write-failed'));
  });

  it('says the note is in, that it was not recorded, why, and that the draft is kept', () => {
    const text = notRecordedMessage('storage-full');
    expect(text).toMatch(/^Inserted — the note is in the field, but Reverie could not record/);
    expect(text).toContain('storage is full');
    expect(text).toContain('Your draft is kept');
  });
});
