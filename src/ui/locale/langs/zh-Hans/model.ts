/** 谈判模型各视图的用语（双方所得、模型说明、电脑的理由、教师设置），即 `t.model`。 */
import type { Locale } from '../../en.ts';

export const model: Locale['model'] = {
  // 双方所得（结局与复盘）
  packageHeading: '双方各得到了什么',
  packageIntro: '谈判以一揽子结果收场：逐项列出达成了什么。每一方都希望某些事项纳入其中、另一些排除在外；双方各按自己的利益计分。',
  secured: { us: '美方争取到的', china: '中方争取到的' },
  gaveUp: { us: '美方让出的', china: '中方让出的' },
  securedNothing: '所求均未得到。',
  gaveUpNothing: '希望排除的均未让出。',
  score: (percent: number) => `利益实现：${percent}%，按其自身权重计（排除在外的事项也计入）`,
  climateHeading: '对气候意味着什么',
  climateAgreed: '在气候上达成的：',
  climateNone: '在气候上未达成任何事项。',
  climateLeftOut: '未纳入的：',
  walkedAway: { us: '美方退出：谈判未达成任何一揽子结果。', china: '中方退出：谈判未达成任何一揽子结果。' },
  hostage: {
    us: (issue: string) => `中方拒绝后，美方仍坚持将${issue}挂钩：这一拒绝使整个一揽子结果受阻。`,
    china: (issue: string) => `美方拒绝后，中方仍坚持将${issue}挂钩：这一拒绝使整个一揽子结果受阻。`,
  },

  // 游戏如何运作（复盘）
  modelHeading: '游戏如何运作',
  modelPoints: [
    { term: '利益。', text: '每一方都希望某些事项纳入最终的一揽子结果、另一些排除在外。双方各按自己的利益为一揽子结果计分，因此同一个结局可能对一方有利、对另一方不利。' },
    { term: '挂钩有两面。', text: '把贸易、科技或台湾问题与气候挂钩，就把该议题放进了一揽子结果：它可以换来对方想要的东西，但对方在该议题上的拒绝也可能使全盘受阻。把议题分开处理能让气候免受其他领域冲击，但也放弃了这一筹码。' },
    { term: '对方会作出反应。', text: '电脑会记住你的举动：以挂钩回应挂钩，以冷淡回应拒绝，以善意回报让步，耐心会耗尽，最后还可能退出。' },
  ],
  counterpartLine: (temperament: string, unpredictability: string) => `本局电脑：${temperament}；不可预测程度：${unpredictability}。`,

  // 电脑的理由（复盘）
  reasonsHeading: '电脑为何这样做',
  reasonsIntro: {
    us: '逐轮列出：美方电脑选了什么，以及对这一选择影响最大的正反因素。数字是它为各选项打分的分值，总分最高者当选。',
    china: '逐轮列出：中方电脑选了什么，以及对这一选择影响最大的正反因素。数字是它为各选项打分的分值，总分最高者当选。',
  },
  reasonsNone: '本局由两人对弈：双方都不是电脑作出选择。',
  roundNumber: (n: number) => `第${n}轮。`,
  chose: (option: string) => `选择：${option}`,
  nextBest: (option: string, behind: number) =>
    behind === 0 ? `（与“${option}”同分：由随机决定）` : `（次优：“${option}”，落后${behind}分）`,
  forIt: '支持的因素：',
  againstIt: '反对的因素：',
  points: (points: number) => `（${points > 0 ? '+' : '\u2212'}${Math.abs(points)}）`,
  part: {
    measures: { up: '它预计自己在意的指标会改善', down: '它预计自己在意的指标会受损' },
    package: { up: '它把自己想要的东西摆上了桌面', down: '它让出了自己希望排除在外的东西' },
    insist: { up: '它坚持把议题与气候挂钩', down: '它倾向于把议题分开处理' },
    reciprocity: { up: '它以同样的方式回应你上一步', down: '它没有以同样的方式回应你上一步' },
    goodwill: { up: '它以善意回报你的让步', down: '它以冷淡回应你的拒绝' },
    patience: { up: '你的拒绝耗尽了它的耐心：它变得强硬', down: '态度转硬后，它放弃了这一选项' },
    'walk-away': { up: '互信已跌到它的退出线', down: '它还没有准备退出' },
    history: { up: '它倾向于真实代表团的做法', down: '它偏离了真实代表团的做法' },
    noise: { up: '随机：它的不可预测程度', down: '随机：它的不可预测程度' },
  },

  // 教师设置（标题页）
  teacherLegend: '教师设置：电脑一方',
  temperamentLabel: '性格',
  temperamentHint: '强硬：坚持挂钩，更早退出；务实：愿意交换，富有耐心；依照历史：倾向于真实代表团的做法。仅对新对局生效，并记入其回放代码。',
  temperament: { drawn: '每局随机', 'hard-line': '强硬', pragmatic: '务实', history: '依照历史' },
  unpredictabilityLabel: '不可预测程度',
  unpredictability: { none: '无', low: '低', normal: '一般', high: '高' },

  // 班级结果
  goodForSidePlayed: (good: number, games: number) => `${games}局单人对局中，有${good}局对所扮演的一方结局良好。`,
};
