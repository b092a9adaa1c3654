// Compound (two-character) Chinese surnames as plain data.

/**
 * 复姓 — two-character surnames that `maskName` keeps whole (`欧阳**`, `诸葛*`). The list follows
 * the compound surnames of the traditional 《百家姓》 plus a few still common today; a name not
 * starting with one of them is treated as having a one-character surname.
 * @see docs/identifiers.md (a convention, not a rule: no national masking standard exists,
 * notes/domain.md §3.4)
 * @example
 * COMPOUND_SURNAMES.includes('欧阳') //=> true
 */
export const COMPOUND_SURNAMES: readonly string[] = Object.freeze([
  '万俟', '上官', '东方', '东郭', '东门', '中行', '乐正', '亓官', '仲孙', '令狐',
  '公冶', '公孙', '公羊', '公西', '公良', '单于', '南宫', '南门', '司寇', '司徒',
  '司空', '司马', '呼延', '壤驷', '夏侯', '太叔', '夹谷', '宇文', '宗政', '宰父',
  '尉迟', '巫马', '左丘', '慕容', '拓跋', '梁丘', '欧阳', '段干', '漆雕', '澹台',
  '濮阳', '申屠', '百里', '皇甫', '第五', '端木', '羊舌', '微生', '西门', '诸葛',
  '谷梁', '赫连', '轩辕', '钟离', '长孙', '闻人', '闾丘', '鲜于', '颛孙', '子车',
])
