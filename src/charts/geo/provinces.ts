/**
 * China's province-level divisions as a tile grid: one square each, placed roughly where it lies
 * (column west to east, row north to south), so the grid reads like a map without drawing a single
 * border. All 34 divisions are shown; the reviews' work covers the 31 on the mainland.
 *
 * `enTile` is the English name as a phone's narrow tile sets it: in pieces at syllable breaks
 * ("Heilong / jiang"), so every tile carries its name, never a code a reader has to look up.
 */
export interface ProvinceTile {
  col: number;
  row: number;
  en: string;
  zh: string;
  /** The English name in the lines a narrow tile sets it in, joined they spell `en` (spaces aside). */
  enTile: string[];
}

export const GRID = { cols: 7, rows: 8 } as const;

export const provinceTiles: Record<string, ProvinceTile> = {
  heilongjiang: { col: 6, row: 0, en: 'Heilongjiang', zh: '黑龙江', enTile: ['Heilong', 'jiang'] },
  'inner-mongolia': { col: 3, row: 1, en: 'Inner Mongolia', zh: '内蒙古', enTile: ['Inner', 'Mongolia'] },
  beijing: { col: 4, row: 1, en: 'Beijing', zh: '北京', enTile: ['Bei', 'jing'] },
  liaoning: { col: 5, row: 1, en: 'Liaoning', zh: '辽宁', enTile: ['Liao', 'ning'] },
  jilin: { col: 6, row: 1, en: 'Jilin', zh: '吉林', enTile: ['Jilin'] },
  xinjiang: { col: 0, row: 2, en: 'Xinjiang', zh: '新疆', enTile: ['Xin', 'jiang'] },
  gansu: { col: 1, row: 2, en: 'Gansu', zh: '甘肃', enTile: ['Gansu'] },
  ningxia: { col: 2, row: 2, en: 'Ningxia', zh: '宁夏', enTile: ['Ning', 'xia'] },
  shanxi: { col: 3, row: 2, en: 'Shanxi', zh: '山西', enTile: ['Shanxi'] },
  hebei: { col: 4, row: 2, en: 'Hebei', zh: '河北', enTile: ['Hebei'] },
  tianjin: { col: 5, row: 2, en: 'Tianjin', zh: '天津', enTile: ['Tian', 'jin'] },
  xizang: { col: 0, row: 3, en: 'Xizang', zh: '西藏', enTile: ['Xizang'] },
  qinghai: { col: 1, row: 3, en: 'Qinghai', zh: '青海', enTile: ['Qing', 'hai'] },
  shaanxi: { col: 2, row: 3, en: 'Shaanxi', zh: '陕西', enTile: ['Shaan', 'xi'] },
  henan: { col: 3, row: 3, en: 'Henan', zh: '河南', enTile: ['Henan'] },
  shandong: { col: 4, row: 3, en: 'Shandong', zh: '山东', enTile: ['Shan', 'dong'] },
  sichuan: { col: 1, row: 4, en: 'Sichuan', zh: '四川', enTile: ['Si', 'chuan'] },
  chongqing: { col: 2, row: 4, en: 'Chongqing', zh: '重庆', enTile: ['Chong', 'qing'] },
  hubei: { col: 3, row: 4, en: 'Hubei', zh: '湖北', enTile: ['Hubei'] },
  anhui: { col: 4, row: 4, en: 'Anhui', zh: '安徽', enTile: ['Anhui'] },
  jiangsu: { col: 5, row: 4, en: 'Jiangsu', zh: '江苏', enTile: ['Jiang', 'su'] },
  shanghai: { col: 6, row: 4, en: 'Shanghai', zh: '上海', enTile: ['Shang', 'hai'] },
  yunnan: { col: 1, row: 5, en: 'Yunnan', zh: '云南', enTile: ['Yun', 'nan'] },
  guizhou: { col: 2, row: 5, en: 'Guizhou', zh: '贵州', enTile: ['Gui', 'zhou'] },
  hunan: { col: 3, row: 5, en: 'Hunan', zh: '湖南', enTile: ['Hunan'] },
  jiangxi: { col: 4, row: 5, en: 'Jiangxi', zh: '江西', enTile: ['Jiang', 'xi'] },
  zhejiang: { col: 5, row: 5, en: 'Zhejiang', zh: '浙江', enTile: ['Zhe', 'jiang'] },
  guangxi: { col: 2, row: 6, en: 'Guangxi', zh: '广西', enTile: ['Guang', 'xi'] },
  guangdong: { col: 3, row: 6, en: 'Guangdong', zh: '广东', enTile: ['Guang', 'dong'] },
  fujian: { col: 4, row: 6, en: 'Fujian', zh: '福建', enTile: ['Fujian'] },
  taiwan: { col: 5, row: 6, en: 'Taiwan', zh: '台湾', enTile: ['Tai', 'wan'] },
  hainan: { col: 2, row: 7, en: 'Hainan', zh: '海南', enTile: ['Hainan'] },
  macao: { col: 3, row: 7, en: 'Macao', zh: '澳门', enTile: ['Macao'] },
  'hong-kong': { col: 4, row: 7, en: 'Hong Kong', zh: '香港', enTile: ['Hong', 'Kong'] },
};
