/** Plays a whole game as the US, always the first offered option, calling `each` after every change. */
import type * as engine from '../../src/ui/session.ts';

export function playThrough(session: engine.Session, each: (session: engine.Session) => void = () => undefined): engine.Session {
  session.onChange(() => each(session));
  session.send({ type: 'START' });
  while (session.phase() !== 'ended') {
    if (session.phase() === 'choosing') session.send({ type: 'CHOOSE', side: 'us', option: session.offered('us')[0]!.id });
    else session.send({ type: 'NEXT' });
  }
  return session;
}
