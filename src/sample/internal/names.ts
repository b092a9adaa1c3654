// Tables for fictional names. Persons are random surname + given-name combinations; communities,
// teams, brands and organisations are built from neutral syllables and themes, so no generated
// entity is a real one (the five Laoshan street names of the bundled sample are the only real names).

import type { ServiceDomain } from '../../model/labels'

/** Common surnames (single and a few compound ones). */
export const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(''),
  '欧阳', '司马', '上官', '诸葛',
]

/** Characters for given names. */
export const GIVEN: readonly string[] = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国玉梅红飞鹏宇浩然子轩雨欣梓涵思彤佳怡晨阳文博嘉琪晓燕海波志强春燕立新永红淑珍凤兰秀云德明宏伟俊杰成林晓东雪梅丹丹建华瑞琳一诺可馨若曦诗涵昊天泽宇'.split(''),
]

/** Syllables for fictional place names (communities, generated streets). */
export const PLACE_A: readonly string[] = [
  ...'海松岭云石泉溪枫桐柳竹梅兰杏桃榆槐柏杉栗荷橙樱晴朝霞映锦秀清澄宁安和祥瑞福康乐泰丰盛兴隆华景鸿'.split(''),
]
/** Second syllables for fictional place names. */
export const PLACE_B: readonly string[] = [
  ...'苑园庭湾港岸坡川庄屯台亭阁里巷塘湖滨汀洲峰崖谷涧林坪原湾沙浦埠'.split(''),
]

/** Team themes by domain: the middle part of a team's name. */
export const TEAM_THEMES: Readonly<Record<ServiceDomain, readonly string[]>> = {
  elderly: ['银龄互助', '暖阳敬老', '夕阳红', '孝老爱亲'],
  children: ['童心守护', '四点半课堂', '小树苗'],
  youth: ['青春同行', '青苗成长', '青年先锋'],
  disability: ['助残帮扶', '阳光助残', '无障碍同行'],
  'social-assistance': ['济困解难', '邻里帮扶', '暖心救助'],
  'community-correction': ['矫正帮教', '新航帮扶'],
  'drug-rehabilitation': ['禁毒宣传', '无毒家园'],
  medical: ['健康守护', '义诊服务', '急救守护'],
  school: ['支教助学', '护学岗'],
  family: ['和美家庭', '家风传承'],
  'mental-health': ['心灵驿站', '心理疏导'],
  employment: ['就业帮扶', '技能课堂'],
  emergency: ['应急救援', '平安巡逻', '防汛先锋'],
  environment: ['小蓝帽', '河海守护', '绿色家园', '净滩行动'],
  culture: ['文艺宣传', '书香悦读', '非遗传承'],
  'community-governance': ['楼长议事', '邻里守望', '网格先锋'],
  'legal-aid': ['普法宣讲', '法律咨询'],
  other: ['多彩服务', '志愿先锋'],
}

/** Activity titles by domain. */
export const ACTIVITY_TITLES: Readonly<Record<ServiceDomain, readonly string[]>> = {
  elderly: ['独居老人探访', '爱心助餐', '长者生日会', '智能手机教学'],
  children: ['四点半课堂', '亲子阅读', '暑期托管'],
  youth: ['青少年成长营', '职业体验日'],
  disability: ['助残康复陪伴', '无障碍出行体验'],
  'social-assistance': ['困难家庭走访', '爱心物资发放'],
  'community-correction': ['社区矫正帮教'],
  'drug-rehabilitation': ['禁毒知识宣传'],
  medical: ['健康义诊', '急救技能培训'],
  school: ['护学岗', '课业辅导'],
  family: ['家庭教育讲座', '邻里调解'],
  'mental-health': ['心理健康讲座', '情绪疏导小组'],
  employment: ['就业技能培训', '招聘信息服务'],
  emergency: ['夜间平安巡逻', '防汛值守', '应急演练'],
  environment: ['净滩行动', '河道巡护', '垃圾分类宣传'],
  culture: ['文艺汇演', '非遗手工课'],
  'community-governance': ['楼院议事会', '网格巡查'],
  'legal-aid': ['普法进社区', '法律咨询日'],
  other: ['便民服务日'],
}

/** Venue kinds of a community (阵地). */
export const VENUE_KINDS: readonly string[] = ['党群服务中心', '新时代文明实践站', '社工室', '邻里中心', '志愿服务驿站']

/** Skills volunteers report. */
export const SKILLS: readonly string[] = [
  '急救', '心理咨询', '法律', '医疗护理', '教育辅导', '摄影', '文艺表演', '驾驶', '外语', '电脑维修',
  '烹饪', '手工', '书法', '理发', '家电维修', '信息录入', '活动策划', '宣传写作', '体育健身', '园艺',
]

/** Organisation suffixes for community organisations (社区社会组织). */
export const ORGANIZATION_KINDS: readonly string[] = ['志愿者协会', '邻里互助会', '文体协会', '老年协会', '妇女儿童之家', '慈善工作站']

/** Industries for fictional donor companies. */
export const DONOR_KINDS: readonly string[] = ['商贸有限公司', '物业服务有限公司', '科技有限公司', '餐饮管理有限公司', '建设工程有限公司', '医药连锁有限公司']

/** Purposes of charity resources. */
export const PURPOSES: readonly string[] = ['困难老人助餐', '儿童课后托管', '志愿者保险与培训', '社区微更新', '应急物资储备', '助残康复辅具', '志愿服务激励']

/** Chinese ordinals used to keep names unique (二, 三, …). */
export const ORDINALS: readonly string[] = ['二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The five streets of Laoshan district (崂山区), Qingdao, used by `laoshanSample()`. */
export const LAOSHAN_STREETS: readonly string[] = Object.freeze(['中韩街道', '沙子口街道', '王哥庄街道', '北宅街道', '金家岭街道'])
