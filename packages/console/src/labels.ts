/** Chinese names of the API's codes, shown in the console. */
export const STATUS_LABEL: Record<string, { text: string; color: string }> = {
  submitted: { text: '已提交', color: '#1d4ed8' },
  classified: { text: '已分类', color: '#0e7490' },
  returned: { text: '退回补正', color: '#ad4e00' },
  rejected: { text: '不予受理', color: '#b71c1c' },
  pending_review: { text: '待审核', color: '#8a6100' },
  in_library: { text: '已入库', color: '#2e7d32' },
};

export const ROLE_LABEL: Record<string, string> = {
  department: '项目单位(部门)',
  bureau: '数据局审核人员',
  finance: '财政部门',
  auditor: '审计人员',
  admin: '系统管理员',
};

export const JURISDICTION_LABEL: Record<string, string> = {
  hongshan: '红山区',
  bijie: '毕节市',
  jinjiang: '锦江区',
  shandong: '山东省',
  xichuan: '淅川县',
};

export const CATEGORY_LABEL: Record<string, string> = {
  build: '建设类',
  procure_service: '购买服务类',
  om: '运维类',
  gov_invest_build: '政府投资建设类',
  gov_purchase_service: '政府购买服务类',
  maintenance: '运行维护类',
  dev_service: '开发服务类',
  om_service: '运维服务类',
  support_service: '支撑服务类',
};

export const SUBTYPE_LABEL: Record<string, string> = {
  new: '新建',
  continuation: '续建',
  upgrade: '升级改造',
  expansion: '扩建',
  enhancement: '完善提升',
};

export const FUNDING_LABEL: Record<string, string> = {
  local_fiscal: '本级财政资金',
  upper_fiscal: '上级财政资金',
  self_raised: '自筹资金',
  social_capital: '社会资本',
  soe_own: '国有企业自有资金',
};

export const OUTCOME_LABEL: Record<string, { text: string; color: string }> = {
  allow: { text: '允许', color: '#2e7d32' },
  deny: { text: '不允许', color: '#b71c1c' },
  review: { text: '需人工审阅', color: '#8a6100' },
};

export const EVENT_LABEL: Record<string, string> = {
  submitted: '提交申报',
  resubmitted: '修改后重新提交',
  classified: '完成分类',
  pre_reviewed: '完成预审',
  reviewed: '审核决定',
  admitted: '入库',
  document_verified: '文件已核验',
  authority_recorded: '登记机关意见',
  review_reopened: '重新打开审核事项',
  milestone_recorded: '登记里程碑',
  filing_recorded: '备案',
  override_recorded: '例外批准登记',
  gate_decision_recorded: '资金闸口审核意见',
};
