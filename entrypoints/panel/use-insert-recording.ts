/** Hears the background's late word that an insert's record could not be stored (lib/insert-recording.ts). */
import { useEffect, useState } from 'react';
import { InsertRecording } from '@/lib/insert-recording';
import { onBackgroundPush } from './api';

export function useInsertRecording(setStatus: (status: string) => void): InsertRecording {
  const [recording] = useState(() => new InsertRecording(setStatus));
  useEffect(
    () =>
      onBackgroundPush((msg) => {
        if (msg.type === 'bg:insertNotRecorded') recording.notRecorded(msg.insertId, msg.failure);
      }),
    [recording],
  );
  return recording;
}
