/** 五题测验（简报前、总结后、班级页面）与团队模式（角色卡、讨论计时）的用语，以及教师的相关设置。 */
import type { Locale } from '../../en.ts';

/** “2分钟”“1分30秒”“45秒”。 */
export function duration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s}秒`;
  return s === 0 ? `${m}分钟` : `${m}分${s}秒`;
}

export const check: Locale['check'] = {
  settingLabel: '游戏前后各做一次五题测验',
  settingHint: '学生在简报前回答五道题，总结后再答一次；两次都可以跳过。结果随回放链接带到班级页面。',
  preHeading: '开始之前：五道题',
  postHeading: '总结之后：同样的五道题',
  preIntro: '按你现在的想法作答；现在答不出来很正常。你的答案要到最后才会显示。你可以跳过某道题，也可以跳过整个测验。',
  postIntro: '与游戏前相同的题目。无论对错，你的答案都会写进回放链接，老师可以比较全班前后的变化。',
  questionN: (n: number, total: number) => `第${n}题，共${total}题`,
  submit: '完成：保存我的答案',
  skip: '跳过测验',
  saved: (right: number, total: number) => `答案已保存：${total}题答对${right}题。`,
  savedPre: '答案已保存。游戏从简报开始。',
  skipped: '已跳过测验。',
  scoreLine: (before: number | null, after: number, total: number) =>
    before === null ? `你答对了${total}题中的${after}题。` : `你答对了${total}题中的${after}题；游戏前答对${before}题。`,
  answersHeading: '答案',
  yourAnswer: (choice: string) => `你的答案：${choice}`,
  noAnswer: '你的答案：无',
  replayUpdated: '下面的回放链接现在包含你的答案。',
  classHeading: '五题测验：游戏前后',
  classIntro: (pre: number, post: number, paired: number) => `${pre}名学生在游戏前做了测验，${post}名在总结后做了测验；${paired}名两次都做了。`,
  improved: (improved: number, paired: number) => `两次都做的${paired}名学生中，${improved}名后测得分更高。`,
  otherSet: (lines: string) => `以下对局因测验题目不同而未计入：${lines}。`,
  questionCol: '题目',
  beforeCol: '游戏前答对',
  afterCol: '游戏后答对',
  changeCol: '变化',
  overallRow: '全部题目',
  meanRow: '平均分（满分5分）',
  rightOf: (right: number, taken: number, percent: number) => `${taken}人中${right}人（${percent}%）`,
  notTaken: '未作答',
  points: (change: number) => `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)}个百分点`,
  chartTitle: '柱状图：每道题答对的比例，游戏前（实心柱）与游戏后（斜纹柱）',
  chartBefore: '游戏前',
  chartAfter: '游戏后',
  qShort: (n: number) => `第${n}题`,
  qConcept: ['挂钩', '挂钩何时带来筹码', '最佳替代方案（BATNA）', '双层博弈', '政策与原则'] as readonly string[],
};

export const team: Locale['team'] = {
  duration,
  classroomLegend: '教师专用：课堂',
  settingLabel: '团队模式：每方三名学生',
  settingHint: '每队一台设备。每次选择前，全队在计时中讨论，每人担任一个角色；时间到后由特使输入全队的选择。',
  timerLabel: '讨论时间',
  timerHint: '演示时用短时间；课堂上两分钟比较合适。',
  heading: '团队讨论',
  rolesHeading: '你们的角色',
  roles: [
    { name: '特使', text: '主持讨论，朗读对方的发言，时间到后输入全队的选择。' },
    { name: '外交部顾问', text: '关注议题：哪些选项把贸易、技术或台湾与气候挂钩，对方想在方案中得到什么。' },
    { name: '国内政治顾问', text: '关注国内支持：本国公众和立法机构能接受什么，哪个选项他们无法接受。' },
  ] as ReadonlyArray<{ name: string; text: string }>,
  left: (time: string) => `剩余时间：${time}`,
  paused: (time: string) => `已暂停：剩余${time}`,
  started: (time: string, side: string) => `${side}的团队讨论：${time}。选项已显示；时间到后由特使输入选择。`,
  warning: (time: string) => `讨论还剩${time}。`,
  ended: '时间到。特使：请输入全队的选择。',
  endedEarly: '讨论结束。特使：请输入全队的选择。',
  pause: '暂停计时',
  resume: '继续计时',
  pausedSaid: '计时已暂停。',
  resumedSaid: '计时已继续。',
  skip: '现在结束讨论',
  optionsLocked: '讨论结束后才能选择。',
};
