/**
 * The title of an answered page, said the same by the page (share.ts) and by the server for a shared link
 * (routes/web.ts, for link previews, which run no script).
 */
import { pp } from '../../findings/format.ts';

/**
 * The title of an answered page: the event, who won and by how much, over which sessions.
 * @example answerTitle('2016 US presidential election', 0.0706, 3) // '2016 US presidential election: small caps beat large caps by 7.1 pp over the first 3 sessions · capgap'
 */
export function answerTitle(name: string, gap: number, sessions: number, where = ''): string {
  const verb = gap >= 0 ? 'beat' : 'trailed';
  const over = sessions === 1 ? 'on the first session' : `over the first ${sessions} sessions`;
  // a title starts with a capital ('event of 2016-11-24' → 'Event of 2016-11-24')
  const head = name.charAt(0).toUpperCase() + name.slice(1);
  return `${head}${where}: small caps ${verb} large caps by ${pp(gap, true)} ${over} · capgap`;
}
