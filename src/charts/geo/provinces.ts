/**
 * China's province-level divisions as a tile grid: one square each, placed roughly where it lies
 * (column west to east, row north to south), so the grid reads like a map without drawing a single
 * border. All 34 divisions are shown; the reviews' work covers the 31 on the mainland.
 *
 * `code` labels a tile in English on small screens, where full names do not fit.
 */
export interface ProvinceTile {
  col: number;
  row: number;
  en: string;
  zh: string;
  code: string;
}

export const GRID = { cols: 7, rows: 8 } as const;

export const provinceTiles: Record<string, ProvinceTile> = {
  heilongjiang: { col: 6, row: 0, en: 'Heilongjiang', zh: '黑龙江', code: 'HL' },
  'inner-mongolia': { col: 3, row: 1, en: 'Inner Mongolia', zh: '内蒙古', code: 'NM' },
  beijing: { col: 4, row: 1, en: 'Beijing', zh: '北京', code: 'BJ' },
  liaoning: { col: 5, row: 1, en: 'Liaoning', zh: '辽宁', code: 'LN' },
  jilin: { col: 6, row: 1, en: 'Jilin', zh: '吉林', code: 'JL' },
  xinjiang: { col: 0, row: 2, en: 'Xinjiang', zh: '新疆', code: 'XJ' },
  gansu: { col: 1, row: 2, en: 'Gansu', zh: '甘肃', code: 'GS' },
  ningxia: { col: 2, row: 2, en: 'Ningxia', zh: '宁夏', code: 'NX' },
  shanxi: { col: 3, row: 2, en: 'Shanxi', zh: '山西', code: 'SX' },
  hebei: { col: 4, row: 2, en: 'Hebei', zh: '河北', code: 'HE' },
  tianjin: { col: 5, row: 2, en: 'Tianjin', zh: '天津', code: 'TJ' },
  xizang: { col: 0, row: 3, en: 'Xizang', zh: '西藏', code: 'XZ' },
  qinghai: { col: 1, row: 3, en: 'Qinghai', zh: '青海', code: 'QH' },
  shaanxi: { col: 2, row: 3, en: 'Shaanxi', zh: '陕西', code: 'SN' },
  henan: { col: 3, row: 3, en: 'Henan', zh: '河南', code: 'HA' },
  shandong: { col: 4, row: 3, en: 'Shandong', zh: '山东', code: 'SD' },
  sichuan: { col: 1, row: 4, en: 'Sichuan', zh: '四川', code: 'SC' },
  chongqing: { col: 2, row: 4, en: 'Chongqing', zh: '重庆', code: 'CQ' },
  hubei: { col: 3, row: 4, en: 'Hubei', zh: '湖北', code: 'HB' },
  anhui: { col: 4, row: 4, en: 'Anhui', zh: '安徽', code: 'AH' },
  jiangsu: { col: 5, row: 4, en: 'Jiangsu', zh: '江苏', code: 'JS' },
  shanghai: { col: 6, row: 4, en: 'Shanghai', zh: '上海', code: 'SH' },
  yunnan: { col: 1, row: 5, en: 'Yunnan', zh: '云南', code: 'YN' },
  guizhou: { col: 2, row: 5, en: 'Guizhou', zh: '贵州', code: 'GZ' },
  hunan: { col: 3, row: 5, en: 'Hunan', zh: '湖南', code: 'HN' },
  jiangxi: { col: 4, row: 5, en: 'Jiangxi', zh: '江西', code: 'JX' },
  zhejiang: { col: 5, row: 5, en: 'Zhejiang', zh: '浙江', code: 'ZJ' },
  guangxi: { col: 2, row: 6, en: 'Guangxi', zh: '广西', code: 'GX' },
  guangdong: { col: 3, row: 6, en: 'Guangdong', zh: '广东', code: 'GD' },
  fujian: { col: 4, row: 6, en: 'Fujian', zh: '福建', code: 'FJ' },
  taiwan: { col: 5, row: 6, en: 'Taiwan', zh: '台湾', code: 'TW' },
  hainan: { col: 2, row: 7, en: 'Hainan', zh: '海南', code: 'HI' },
  macao: { col: 3, row: 7, en: 'Macao', zh: '澳门', code: 'MO' },
  'hong-kong': { col: 4, row: 7, en: 'Hong Kong', zh: '香港', code: 'HK' },
};
