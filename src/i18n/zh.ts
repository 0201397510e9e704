import type { UiKey } from './en.ts';

/** 中文界面文字。键必须与英文词典完全一致：缺一个键就是类型错误，单元测试也会失败。 */
export const zh: Record<UiKey, string> = {
  'site.name': '联合国儿童基金会驻华办事处年度工作回顾',
  'site.shortName': '年度工作回顾',
  'site.org': '联合国儿童基金会驻华办事处',
  'site.tagline': '2023—2024年，为中国及全世界儿童取得的成果',
  'site.description':
    '联合国儿童基金会驻华办事处及合作伙伴2023年和2024年为儿童取得的成果：关键数据、图表与故事，中英双语呈现。',

  'nav.skip': '跳至正文',
  'nav.main': '主导航',
  'nav.home': '首页',
  'nav.years': '年度回顾',
  'nav.year': '{year}年',
  'nav.data': '数据',
  'nav.about': '关于我们',
  'nav.language': '语言',
  'nav.switchTo': '阅读本页{language}版',
  'nav.breadcrumb': '当前位置',

  'home.title': '联合国儿童基金会驻华办事处年度工作回顾',
  'home.description':
    '联合国儿童基金会驻华办事处2023年和2024年工作回顾中的关键数据与故事：儿童健康、教育、儿童保护、社会政策与南南合作。',
  'home.lead':
    '每一名儿童都有生存、发展、受保护和参与的权利。本网站逐项列出数据、逐条注明出处，呈现联合国儿童基金会驻华办事处及合作伙伴在2023年和2024年为儿童所做的工作。',
  'home.years': '年度回顾',
  'home.yearCard': '阅读{year}年工作回顾',
  'home.figuresHeading': '每一个数据都有出处',
  'home.figuresText': '本网站的每个数字只录入一次，并保留原文的限定表述（如“近”“超过”），均可单独链接和下载。',
  'home.figuresLink': '浏览并下载全部数据',
  'home.aboutHeading': '我们如何开展工作',
  'home.aboutLink': '关于联合国儿童基金会驻华办事处',
  'home.prioritiesLink': '工作重点：社会政策',

  'root.title': 'UNICEF China Year in Review · 年度工作回顾',
  'root.choose': '请选择语言',

  'footer.sources': '资料来源',
  'footer.sourcesText': '本网站的所有数据均来自联合国儿童基金会驻华办事处的以下出版物：',
  'footer.unicef': '联合国儿童基金会驻华办事处官网',
  'footer.newsletter': '订阅联合国儿童基金会驻华办事处电子通讯',
  'footer.note': '本网站以数据形式呈现联合国儿童基金会驻华办事处已发布的年度回顾。',
  'footer.data': '开放数据：以CSV和JSON格式下载全部数据',

  'notFound.title': '未找到页面',
  'notFound.text': '抱歉，找不到您要访问的页面。页面可能已经移动，或网址有误。',
  'notFound.home': '前往中文首页',

  'year.title': '{year}年工作回顾',
  'year.description': '联合国儿童基金会驻华办事处{year}年为儿童取得的成果：按工作领域列出的关键数据，每项均注明出处。',
  'year.keyFigures': '关键数据',
  'year.approach': '工作方式',
  'year.allFigures': '{year}年全部数据（按工作领域）',
  'year.sources': '本年度资料来源',

  'figure.description': '{year}年，{label}：{figure}。资料来源：{source}。',
  'figure.byYear': '逐年数据',
  'figure.definition': '统计口径',
  'figure.source': '资料来源',
  'figure.sources': '资料来源',
  'figure.note': '说明',
  'figure.breakdown': '构成',
  'figure.items': '资料中列出的名称',
  'figure.equivalent': '另一种表述',
  'figure.notComparable': '各年度数据不可直接比较',
  'figure.area': '工作领域',
  'figure.allFigures': '全部数据',
  'figure.part': '组成部分',
  'figure.value': '数据',
  'figure.year': '年份',
  'figure.section': '“{section}”部分',

  'data.title': '开放数据：全部数据',
  'data.description': '联合国儿童基金会驻华办事处2023年和2024年工作回顾中的全部数据，按工作领域分组并注明出处，可下载CSV或JSON文件。',
  'data.lead': '本网站的全部数据，均与原始资料的表述完全一致。您可以一次性下载，也可以点击某项数据，查看其统计口径和出处。',
  'data.download': '下载',
  'data.csv': '全部数据（CSV格式，UTF-8编码，可用Excel打开）',
  'data.json': '全部数据（JSON格式）',
  'data.count': '共{metrics}项指标、{values}个数值',
  'data.metric': '指标',
  'data.notStated': '未提及',

  'page.sources': '资料来源',
  'external.newWindow': '（外部网站）',
};
