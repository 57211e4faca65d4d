/** 进行中与已结束的对局，以及存储失败时的提示（src/ui/saves/）。 */
import type { Locale } from '../../en.ts';

export const saves: Locale['saves'] = {
  inProgressHeading: '进行中的对局',
  moreGames: (count: number) => `另有${count}局进行中`,
  resume: (round: number, total: number) => `继续（第${round}轮，共${total}轮）`,
  meta: (mode: string, when: string) => `${mode} · 保存于${when}`,
  metaUndated: (mode: string) => `${mode}`,
  finishedHeading: '已结束的对局',
  finishedItem: (ending: string, mode: string, when: string) => `${ending}（${mode}，${when}）`,
  watch: '观看',
  noticeLabel: '关于已保存的对局',
  dismiss: '关闭',
  dismissLabel: '关闭此提示',
  notKept: '此浏览器无法保存你的进度，请保留回放链接。',
  linkNow: '当前对局的回放链接',
  kept: '你刚才的对局已保留，可在标题页继续。',
  dropped: (count: number, max: number) => `只保留最近${max}局进行中的对局，最早的${count}局已被移除。回放链接如下：`,
  problem: {
    unreadable: '有一局已保存的对局无法读取',
    newer: '有一局已保存的对局来自更新版本的 Linkage（请刷新页面以更新）',
    code: '有一局已保存的对局无法继续',
    ended: '有一局已保存的对局声称要从最后一轮之后继续，这不可能',
  },
  setAside: '它已被移到一旁，你可以开始新的对局。',
  notSetAside: '此浏览器无法将它移到一旁（存储空间可能已满），所以它仍在原处。其文本如下，如需保留请复制。',
  savedText: '已保存对局的文本',
  discard: '删除此已保存的对局',
};
