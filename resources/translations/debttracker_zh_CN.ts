<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>记录协议</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>记录催收事件</translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation>添加总结反思</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>协商记录</translation>
    </message>
    <message>
        <source>Select a contact, promise, agreement or incident first, then attach the file to it.</source>
        <translation>请先选中一条联系记录、承诺、协议或催收事件，再把文件附加到它上面。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>附加%1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>%1 of %2 evidence files no longer match what was stored:</source>
        <translation>%2 个证据文件中有 %1 个与存档时不一致：</translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation>全部 %1 个证据文件均与其 SHA-256 校验值一致。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Follow up now</source>
        <translation>现在跟进</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>分期到期</translation>
    </message>
    <message>
        <source>My promise</source>
        <translation>我的承诺</translation>
    </message>
    <message>
        <source>Reply promised by the lender</source>
        <translation>出借方承诺的答复</translation>
    </message>
    <message>
        <source>Follow up the lender&apos;s promise</source>
        <translation>跟进出借方的承诺</translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation>信用卡账单日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡还款日</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda: the next %1 days</source>
        <translation>日程：未来 %1 天</translation>
    </message>
    <message>
        <source>Agenda for the next %1 days</source>
        <translation>未来 %1 天的日程</translation>
    </message>
    <message>
        <source>Due dates, promises and follow-ups, by date. Press Enter to open one.</source>
        <translation>按日期列出的到期日、承诺和跟进事项。按回车键打开。</translation>
    </message>
    <message>
        <source>Nothing is due, promised or to follow up in the next %1 days.</source>
        <translation>未来 %1 天内没有到期、承诺或需要跟进的事项。</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>无法读取日程：%1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Enter the interest rate of the agreement (type 0 if it charges no interest).</source>
        <translation>请填写协议约定的利率（不收利息请填 0）。</translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation>记录协议</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>新条款</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Amount restructured</source>
        <translation>重组金额</translation>
    </message>
    <message>
        <source>Owed on the signing date</source>
        <translation>签订日的欠款</translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation>分期期数（月）</translation>
    </message>
    <message>
        <source>Deferred by (months)</source>
        <translation>延期月数</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Interest under the agreement</source>
        <translation>协议利率</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>一次性结清金额</translation>
    </message>
    <message>
        <source>Interest waived</source>
        <translation>减免利息</translation>
    </message>
    <message>
        <source>Penalty waived</source>
        <translation>减免罚息</translation>
    </message>
    <message>
        <source>Fees waived</source>
        <translation>减免费用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>新还款计划</translation>
    </message>
    <message>
        <source>Principal left: %1</source>
        <translation>剩余本金：%1</translation>
    </message>
    <message>
        <source>Interest already due: %1</source>
        <translation>已到期利息：%1</translation>
    </message>
    <message>
        <source>Penalty interest and late fees: %1</source>
        <translation>罚息和滞纳金：%1</translation>
    </message>
    <message>
        <source>Fees due: %1</source>
        <translation>应付费用：%1</translation>
    </message>
    <message>
        <source>In all: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Nothing left to schedule.</source>
        <translation>没有剩余需要安排的还款。</translation>
    </message>
    <message>
        <source>%1 instalments from %2 to %3, first %4, in all %5</source>
        <translation>共 %1 期，%2 至 %3，首期 %4，合计 %5</translation>
    </message>
    <message>
        <source>The lender gives up %1.</source>
        <translation>出借方减免 %1。</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>已备份：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>BalancesChart</name>
    <message>
        <source>Not paid off at this amount</source>
        <translation>按此金额无法还清</translation>
    </message>
    <message>
        <source>Debt-free: %1</source>
        <translation>还清日期：%1</translation>
    </message>
    <message>
        <source>What you still owe, month by month</source>
        <translation>每月仍欠金额</translation>
    </message>
    <message>
        <source>%1 other debts</source>
        <translation>其他 %1 笔债务</translation>
    </message>
</context>
<context>
    <name>BudgetCategory</name>
    <message>
        <source>Salary</source>
        <extracomment>kind -&gt; (category key, English name, essential by default)</extracomment>
        <translation>工资</translation>
    </message>
    <message>
        <source>Side work</source>
        <translation>副业收入</translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation>家人资助</translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation>补贴与津贴</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Rent and housing</source>
        <translation>房租与住房</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation>水电燃气与话费</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Supporting parents</source>
        <translation>赡养父母</translation>
    </message>
    <message>
        <source>Leisure and eating out</source>
        <translation>休闲与外出就餐</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>其他支出</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Change budget line</source>
        <translation>修改预算项</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>添加预算项</translation>
    </message>
    <message>
        <source>e.g. Salary, Rent, School fees</source>
        <translation>例如：工资、房租、学费</translation>
    </message>
    <message>
        <source>e.g. 2,200 or 1.2万</source>
        <translation>例如：2,200 或 1.2万</translation>
    </message>
    <message>
        <source>Leave empty until you know</source>
        <translation>不确定时可先留空</translation>
    </message>
    <message>
        <source>Essential: must be paid before any debt</source>
        <translation>必要支出：须先于任何债务支付</translation>
    </message>
    <message>
        <source>Repeats every month until changed</source>
        <translation>每月重复，直到修改</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Planned per month</source>
        <translation>每月计划</translation>
    </message>
    <message>
        <source>Actual in %1</source>
        <translation>%1 实际</translation>
    </message>
    <message>
        <source>Changes apply from %1 on; earlier months keep what they were.</source>
        <translation>修改从 %1 起生效，之前的月份保持不变。</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Item</source>
        <extracomment>the user ticked or cleared &quot;essential&quot; on a line: (line id, essential)</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>No actual amount yet; the plan counts.</source>
        <translation>尚无实际金额，按计划计算。</translation>
    </message>
    <message>
        <source>This month only</source>
        <translation>仅本月</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>The change could not be saved: %1</source>
        <extracomment>does the edit in a session; returns the ids of lines it created ids of the lines the action created (the tab selects the first one) why the last run was refused (shown by the dialog that asked for it)</extracomment>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>上个月（Alt+←）</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>下个月（Alt+→）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Copy last month&apos;s plan</source>
        <translation>复制上月计划</translation>
    </message>
    <message>
        <source>Copy last month&apos;s one-off lines into this month</source>
        <translation>把上个月的一次性项目复制到本月</translation>
    </message>
    <message>
        <source>Your situation…</source>
        <translation>我的情况…</translation>
    </message>
    <message>
        <source>Export statement…</source>
        <translation>导出收支明细表…</translation>
    </message>
    <message>
        <source>Know your position first</source>
        <translation>先弄清自己的财务状况</translation>
    </message>
    <message>
        <source>Before asking a lender for anything, write down your monthly income and your essential spending (rent, food, transport, medical, children). What is left is what you can honestly offer.</source>
        <translation>在向出借方提出任何请求之前，先写下每月收入和必要支出（房租、餐饮、交通、医疗、子女）。剩下的部分，就是你能如实提出的还款金额。</translation>
    </message>
    <message>
        <source>Add your income</source>
        <translation>添加收入</translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation>添加支出</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove from this month on</source>
        <translation>从本月起删除</translation>
    </message>
    <message>
        <source>Nothing planned for this month yet: add a line, or copy last month&apos;s plan.</source>
        <translation>本月还没有任何计划：添加一个项目，或复制上月计划。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Mark “%1” essential</source>
        <translation>将“%1”标为必要支出</translation>
    </message>
    <message>
        <source>Mark “%1” not essential</source>
        <translation>将“%1”标为非必要支出</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Removed “%1” from %2 on. Undo with Ctrl+Z.</source>
        <translation>已从 %2 起删除“%1”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Nothing to copy: this month already has everything planned in %1.</source>
        <translation>无可复制内容：本月已包含 %1 的全部计划项目。</translation>
    </message>
    <message>
        <source>Copy the plan of %1</source>
        <translation>复制 %1 的计划</translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation>修改情况说明</translation>
    </message>
    <message>
        <source>Statement saved to %1</source>
        <translation>收支明细表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>The bill</source>
        <extracomment>DebtForm fields the card part fills</extracomment>
        <translation>账单</translation>
    </message>
    <message>
        <source>The card&apos;s rules</source>
        <translation>卡的规则</translation>
    </message>
    <message>
        <source>Defaults: 10 % of purchases + all fees, interest and 分期, at least 10; 违约金 5 % of the unpaid minimum. Your card contract may differ.</source>
        <translation>默认：消费金额的 10% + 全部费用、利息和分期，最低 10；违约金为未还最低还款额的 5%。以您的信用卡合同为准。</translation>
    </message>
    <message>
        <source>Statement balance (账单金额)</source>
        <translation>账单金额</translation>
    </message>
    <message>
        <source>Minimum payment (最低还款额)</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>as printed; empty: by the rule</source>
        <translation>按账单填写；留空则按规则计算</translation>
    </message>
    <message>
        <source>Statement date (账单日)</source>
        <translation>账单日</translation>
    </message>
    <message>
        <source>Payment due date (到期还款日)</source>
        <translation>到期还款日</translation>
    </message>
    <message>
        <source>Of which fees, interest, 违约金</source>
        <translation>其中费用、利息、违约金</translation>
    </message>
    <message>
        <source>Of which this month&apos;s 分期 instalment</source>
        <translation>其中本月分期还款额</translation>
    </message>
    <message>
        <source>Interest runs from (记账日)</source>
        <translation>起息日（记账日）</translation>
    </message>
    <message>
        <source>earliest posting; empty: the statement date</source>
        <translation>最早的记账日；留空则为账单日</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>账单日</translation>
    </message>
    <message>
        <source>Payment due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>from the bill&apos;s dates</source>
        <translation>取自账单日期</translation>
    </message>
    <message>
        <source>Minimum: % of purchases</source>
        <translation>最低还款：消费金额的 %</translation>
    </message>
    <message>
        <source>Minimum at least</source>
        <translation>最低还款额下限</translation>
    </message>
    <message>
        <source>违约金: % of the unpaid minimum</source>
        <translation>违约金：未还最低还款额的 %</translation>
    </message>
    <message>
        <source>Tolerance (容差)</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Minimum %1 by %2 (the card&apos;s rule gives %3); pay %4 by then and the bill costs no interest, else %5 a day on it.</source>
        <translation>最低还款额 %1，须在 %2 前还款（按卡的规则为 %3）；届时还清 %4 则本期免息，否则每天计息 %5。</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Case file</source>
        <translation>案件材料</translation>
    </message>
    <message>
        <source>A PDF with the timeline, promises, agreements, incidents and the debt&apos;s figures and true APR, and a ZIP of the evidence with a SHA-256 manifest: ready for a complaint to the lender, 12378 or 12363, a mediator or a lawyer.</source>
        <translation>一份 PDF，包含时间线、承诺、协议、催收事件以及债务数据和实际年化利率；另附一个证据 ZIP 压缩包及 SHA-256 清单。可直接用于向出借方、12378、12363、调解员或律师投诉或咨询。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the case file in</source>
        <translation>选择案件材料的保存位置</translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>请选择保存文件夹。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
    <message>
        <source>Warning: %1 evidence files are missing or altered; the manifest says which.</source>
        <translation>警告：有 %1 个证据文件缺失或被改动，清单中有详细说明。</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>not paid off</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation>还清日期</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>利息总额</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>记录一次联系</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation>（不针对某笔债务）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>the number or account they used</source>
        <translation>对方使用的号码或账号</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>号码或账号</translation>
    </message>
    <message>
        <source>my number they called</source>
        <translation>对方拨打的我的号码</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>我的号码</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话情况</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>对方姓名</translation>
    </message>
    <message>
        <source>I verified who they are</source>
        <translation>我已核实对方身份</translation>
    </message>
    <message>
        <source>how, e.g. called back the hotline</source>
        <translation>如何核实，例如：回拨官方客服热线</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation>我提出的请求</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not an official channel of this lender (on record: %1). Verify who they are before you act or pay:</source>
        <translation>这不是该出借方的官方渠道（已登记：%1）。在采取行动或付款前，请先核实对方身份：</translation>
    </message>
    <message>
        <source>No official number of this lender is on record in the ledger. Verify who they are before you act or pay:</source>
        <translation>台账中没有该出借方的官方号码。在采取行动或付款前，请先核实对方身份：</translation>
    </message>
</context>
<context>
    <name>CostlyModel</name>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Import debts or payments</source>
        <translation>导入债务或还款记录</translation>
    </message>
    <message>
        <source>Export the debts table</source>
        <translation>导出债务表</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>导出还款计划</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在导入 %1 行…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>你的数据文件已损坏</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>最近一次完好的备份来自 %1。要恢复吗？损坏的文件会另行保留，绝不删除。</translation>
    </message>
    <message>
        <source>No good backup was found. The damaged file is left as it is; you can restore a backup file from elsewhere with Restore…</source>
        <translation>没有找到完好的备份。损坏的文件保持原样；你可以通过“恢复…”从其他位置恢复备份文件。</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now</source>
        <extracomment>emitted after a restore or an import replaced the data: the window reopens the store</extracomment>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>导出全部数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved in %1.</source>
        <translation>今天的备份已保存在 %1。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今天的备份未能完成：%1</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>All data exported to %1.</source>
        <translation>全部数据已导出到 %1。</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>debttracker exports (*.zip *.json)</source>
        <translation>debttracker 导出文件 (*.zip *.json)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Data imported from %1; the previous data were backed up first.</source>
        <translation>已从 %1 导入数据；原有数据已先行备份。</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <source>Record payment…</source>
        <translation>记录还款…</translation>
    </message>
    <message>
        <source>Edit debt…</source>
        <translation>编辑债务…</translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation>删除债务</translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation>导出还款计划…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Edit payment…</source>
        <translation>编辑还款…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>打开凭证</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>还款记录</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今日应还</translation>
    </message>
    <message>
        <source>This payment has no receipt kept.</source>
        <translation>这笔还款没有保存凭证。</translation>
    </message>
    <message>
        <source>The receipt %1 is not in the evidence folder.</source>
        <translation>凭证 %1 不在证据文件夹中。</translation>
    </message>
    <message>
        <source>Choose a debt in the list to see its schedule.</source>
        <translation>在列表中选择一笔债务即可查看其还款计划。</translation>
    </message>
    <message>
        <source>official hotline %1</source>
        <translation>官方热线 %1</translation>
    </message>
    <message>
        <source>Borrowed / received</source>
        <translation>借款金额 / 实际到手</translation>
    </message>
    <message>
        <source>Interest: paid / still to pay</source>
        <translation>利息：已付 / 待付</translation>
    </message>
    <message>
        <source>Fees: paid / still to pay</source>
        <translation>费用：已付 / 待付</translation>
    </message>
    <message>
        <source>Penalty paid</source>
        <translation>已付罚息</translation>
    </message>
    <message>
        <source>Interest and fees over the whole term</source>
        <translation>全期利息和费用</translation>
    </message>
    <message>
        <source>True APR (all fees, IRR)</source>
        <translation>实际年化利率（含全部费用，IRR）</translation>
    </message>
    <message>
        <source>above this line ⚠</source>
        <translation>高于此线 ⚠</translation>
    </message>
    <message>
        <source>within</source>
        <translation>未超过</translation>
    </message>
    <message>
        <source>At %1 the same loan would cost %2 a month for %3 months, saving %4.</source>
        <translation>按 %1 计算，同样的借款每月还 %2，共 %3 个月，可省 %4。</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>还价方案</translation>
    </message>
    <message>
        <source>Nothing is late on this debt today.</source>
        <translation>这笔债务今天没有逾期。</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>应还本金</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation>罚息和滞纳金</translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation>应付费用</translation>
    </message>
    <message>
        <source>To bring it up to date</source>
        <translation>补齐逾期需还</translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation>尚未到期的本金</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>%1 的账单</translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>Payment due date</source>
        <translation>到期还款日</translation>
    </message>
    <message>
        <source>Paid since the statement</source>
        <translation>出账后已还</translation>
    </message>
    <message>
        <source>Late fee (违约金) on the unpaid minimum</source>
        <translation>未还最低还款额的违约金</translation>
    </message>
    <message>
        <source>Owed on the card today</source>
        <translation>今日该卡共欠</translation>
    </message>
    <message>
        <source>Paid in full by the due date, the statement costs no interest.</source>
        <translation>到期还款日前全额还款，本期账单免息。</translation>
    </message>
    <message>
        <source>Not paid in full by the due date: interest runs on the whole statement from its posting date, then on what is left, at the card&apos;s daily rate; fees bear none.</source>
        <translation>到期还款日前未全额还款：按卡的日利率，自记账日起对全部账单金额计息，还款后对剩余部分计息；费用不计息。</translation>
    </message>
    <message>
        <source>Revolving interest to today</source>
        <translation>截至今天的循环利息</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <extracomment>loan fields a card (its statement stands for them) and a 账单分期 do not use</extracomment>
        <translation>编辑债务</translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation>添加债务</translation>
    </message>
    <message>
        <source>The debt</source>
        <translation>债务信息</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>借款条款</translation>
    </message>
    <message>
        <source>New lender…</source>
        <translation>新出借方…</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. car loan, 借呗, card ending 1234</source>
        <translation>例如：车贷、借呗、尾号 1234 的信用卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation>借款金额</translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation>实际到手金额</translation>
    </message>
    <message>
        <source>if less was paid out (砍头息)</source>
        <translation>到手少于借款时填写（砍头息）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>期数（月）</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Paying ahead</source>
        <translation>提前还款</translation>
    </message>
    <message>
        <source>What money beyond what is due does to the rest of the schedule.</source>
        <translation>超出应还金额的部分，对之后的还款计划如何处理。</translation>
    </message>
    <message>
        <source>%1-day year</source>
        <translation>一年按 %1 天</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Fees paid at the start</source>
        <translation>一次性前期费用</translation>
    </message>
    <message>
        <source>Fee each month</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Due day of month</source>
        <translation>每月还款日</translation>
    </message>
    <message>
        <source>1–31; short months use their last day</source>
        <translation>1–31；小月按当月最后一天</translation>
    </message>
    <message>
        <source>When the due day differs from the start day, the first period is shorter or longer than a month: its interest is the daily rate times its actual days.</source>
        <translation>还款日与借款日不同时，首期不足或超过一个月：首期利息按日利率乘以实际天数计算。</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>宽限期（天）</translation>
    </message>
    <message>
        <source>Penalty uplift %</source>
        <translation>罚息上浮 %</translation>
    </message>
    <message>
        <source>Unpaid interest also bears penalty (复利)</source>
        <translation>未付利息也计罚息（复利）</translation>
    </message>
    <message>
        <source>Late fee, fixed</source>
        <translation>滞纳金（固定金额）</translation>
    </message>
    <message>
        <source>Late fee % of amount late</source>
        <translation>滞纳金（逾期金额的 %）</translation>
    </message>
    <message>
        <source>Credit card: as the bill reads</source>
        <translation>信用卡：按账单填写</translation>
    </message>
    <message>
        <source>Fee each period (分期手续费)</source>
        <translation>每期手续费（分期手续费）</translation>
    </message>
    <message>
        <source>Fill in the marked fields to see the schedule.</source>
        <translation>填写带标记的项目即可查看还款计划。</translation>
    </message>
    <message>
        <source>First payment %1 · total interest %2 · %3 payments · true APR %4</source>
        <translation>首期 %1 · 利息总额 %2 · 共 %3 期 · 实际年化利率 %4</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. What you were doing was not saved half-way: your data are safe. The details below were also written to %1.</source>
        <translation>出了点问题。刚才的操作没有只保存一半：你的数据是安全的。以下详细信息也已写入 %1。</translation>
    </message>
</context>
<context>
    <name>ExportChartButton</name>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation>将当前图表保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>无法将图表保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies the next time debttracker starts.</source>
        <translation>新的语言将在下次启动 debttracker 时生效。</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在系统托盘中运行</translation>
    </message>
</context>
<context>
    <name>HardshipDialog</name>
    <message>
        <source>Explain your situation</source>
        <extracomment>writes the statement: (first, last, hardship text, &quot;pdf&quot;/&quot;csv&quot;, path); raises on failure</extracomment>
        <translation>说明你的情况</translation>
    </message>
    <message>
        <source>In your own words: what happened (job loss, illness, lower income...), since when, and what you can pay. This goes into the statement for %1 and later months until you change it.</source>
        <translation>用你自己的话说明：发生了什么（失业、生病、收入下降……）、从什么时候开始，以及你能还多少。这段说明会写入 %1 及之后各月的收支明细表，直到你修改为止。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems (marked ✗). Nothing will be imported; correct the file and open it again.</source>
        <translation>%2 行中有 %1 行有问题（标记为 ✗）。不会导入任何内容；请修正文件后重新打开。</translation>
    </message>
    <message>
        <source>All %1 rows are good. Import writes them all at once (undo with Ctrl+Z).</source>
        <translation>全部 %1 行均无问题。导入会一次性写入全部内容（按 Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident</source>
        <translation>记录催收事件</translation>
    </message>
    <message>
        <source>(unknown caller)</source>
        <translation>（来电者不明）</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>e.g. the lender, 12378, 110</source>
        <translation>例如：出借方、12378、110</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已举报至</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>举报日期</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Add lender %1</source>
        <translation>添加出借方 %1</translation>
    </message>
    <message>
        <source>Edit lender %1</source>
        <translation>编辑出借方 %1</translation>
    </message>
    <message>
        <source>Delete lender %1</source>
        <translation>删除出借方 %1</translation>
    </message>
    <message>
        <source>Add debt %1</source>
        <translation>添加债务 %1</translation>
    </message>
    <message>
        <source>Edit debt %1</source>
        <translation>编辑债务 %1</translation>
    </message>
    <message>
        <source>Delete debt %1</source>
        <translation>删除债务 %1</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>删除还款</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>导入 %1 行</translation>
    </message>
</context>
<context>
    <name>LedgerModels</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次还款日</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Penalty today</source>
        <translation>今日罚息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>实际年化利率</translation>
    </message>
    <message>
        <source>Above the %1 line that applies to this lender (information, not legal advice).</source>
        <translation>高于适用于该出借方的 %1 红线（仅供参考，并非法律意见）。</translation>
    </message>
    <message>
        <source>Revolving interest %1 + late fee (违约金) %2</source>
        <translation>循环利息 %1 + 违约金 %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>No debts recorded yet</source>
        <translation>还没有记录任何债务</translation>
    </message>
    <message>
        <source>Each debt you add here gets its repayment schedule, its days overdue, its penalty interest and its true annual cost with every fee included.</source>
        <translation>在这里添加的每笔债务，都会生成还款计划，并计算逾期天数、罚息，以及包含全部费用的实际年化成本。</translation>
    </message>
    <message>
        <source>Add a debt…</source>
        <translation>添加债务…</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>用示例数据体验</translation>
    </message>
    <message>
        <source>Add debt…</source>
        <translation>添加债务…</translation>
    </message>
    <message>
        <source>Add lender…</source>
        <translation>添加出借方…</translation>
    </message>
    <message>
        <source>Lenders…</source>
        <translation>出借方…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>全部债务</translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation>尚未结清</translation>
    </message>
    <message>
        <source>Search lender or debt</source>
        <translation>搜索出借方或债务</translation>
    </message>
    <message>
        <source>Total owed: %1</source>
        <translation>欠款总额：%1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 笔逾期</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <source>Edit lender</source>
        <translation>编辑出借方</translation>
    </message>
    <message>
        <source>Add lender</source>
        <translation>添加出借方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>官方客服热线</translation>
    </message>
    <message>
        <source>from the card, contract or official app</source>
        <translation>从卡片、合同或官方 App 上查找</translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation>官方 App 或网站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Callers who claim to be this lender can later be checked against these official channels. Never take numbers from a collection SMS.</source>
        <translation>以后自称是该出借方的来电，可以对照这些官方渠道核实。切勿使用催收短信里给出的号码。</translation>
    </message>
</context>
<context>
    <name>LendersDialog</name>
    <message>
        <source>Lenders</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Add lender…</source>
        <translation>添加出借方…</translation>
    </message>
    <message>
        <source>Edit lender…</source>
        <translation>编辑出借方…</translation>
    </message>
    <message>
        <source>Delete lender</source>
        <translation>删除出借方</translation>
    </message>
    <message>
        <source>%1 still has %2 debts. Delete or move those debts first; the lender stays as it is.</source>
        <translation>%1 名下还有 %2 笔债务。请先删除或转移这些债务；该出借方保持不变。</translation>
    </message>
</context>
<context>
    <name>LendersModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>官方客服热线</translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation>官方 App 或网站</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>债务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>debttracker</source>
        <extracomment>tabs built from plain SQL alone, so they can show their data before SQLAlchemy is loaded the current tab holds its data: the window is usable (the rest may still be loading) the store is fully open: every tab is built, reminders and the daily backup started emitted when the store could not be opened (message already shown to the user)</extracomment>
        <translation>debttracker</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开你的数据…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>债务台账</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>协商记录</translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation>还清计划</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About debttracker</source>
        <translation>关于 debttracker(&amp;A)</translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now. Undo history was cleared so that no undo can change what it wrote.</source>
        <translation>另一个程序修改了你的数据：各标签页现已显示最新内容。撤销记录已清空，以免撤销改动它写入的内容。</translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now.</source>
        <translation>另一个程序修改了你的数据：各标签页现已显示最新内容。</translation>
    </message>
    <message>
        <source>Your data were updated to the new version; a backup was kept in %1.</source>
        <translation>你的数据已升级到新版本，备份保存在 %1。</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>无法打开你的数据</translation>
    </message>
    <message>
        <source>debttracker %1

An offline record of your debts, budget and negotiations. Your data stay on this computer, in %2.

Figures about legal caps are information with their source, not legal advice.</source>
        <translation>debttracker %1

离线记录你的债务、预算和协商过程。你的数据只保存在这台电脑上，位于 %2。

有关法定利率上限的数据仅供参考并注明出处，不构成法律意见。</translation>
    </message>
    <message>
        <source>About debttracker</source>
        <translation>关于 debttracker</translation>
    </message>
</context>
<context>
    <name>MissedModel</name>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reminded at %1</source>
        <translation>已于 %1 提醒</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 12,000 or 1.2万</source>
        <extracomment>emitted after every edit with the new validity</extracomment>
        <translation>例如：12,000 或 1.2万</translation>
    </message>
</context>
<context>
    <name>NegotiationTab</name>
    <message>
        <source>Keep a record of every contact</source>
        <translation>记录每一次联系</translation>
    </message>
    <message>
        <source>Log each call or message with a lender: who, when, through which channel, whether you verified their identity, and what each side promised. Lenders come from the Ledger; add yours there first.</source>
        <translation>记下与出借方的每一次电话或消息：谁、什么时候、通过什么渠道、是否核实了对方身份，以及双方各自承诺了什么。出借方来自债务台账，请先在那里添加。</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>记录一次联系…</translation>
    </message>
    <message>
        <source>Open the Ledger</source>
        <translation>打开债务台账</translation>
    </message>
    <message>
        <source>Lender:</source>
        <translation>出借方：</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Promise…</source>
        <translation>承诺…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>协议…</translation>
    </message>
    <message>
        <source>Incident…</source>
        <translation>催收事件…</translation>
    </message>
    <message>
        <source>Reflection…</source>
        <translation>总结反思…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>附加证据…</translation>
    </message>
    <message>
        <source>Check evidence</source>
        <translation>校验证据</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>案件材料…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>提出的请求</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已举报至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>总结反思</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次改进</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Search notes and summaries (全文搜索)</source>
        <translation>搜索备注和摘要（全文搜索）</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation>标记为已履行</translation>
    </message>
    <message>
        <source>Mark broken</source>
        <translation>标记为未履行</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation>全部出借方</translation>
    </message>
    <message>
        <source>not official</source>
        <translation>非官方</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>v%1 in force</source>
        <translation>v%1 生效中</translation>
    </message>
    <message>
        <source>v%1 (replaced)</source>
        <translation>v%1（已被替代）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>recorded by me</source>
        <translation>本人记录</translation>
    </message>
    <message>
        <source>found by the rule check</source>
        <translation>规则检查发现</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Reflect on a negotiation</source>
        <translation>总结这次协商</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation>下次我会</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>My order (first is paid first)</source>
        <translation>我的顺序（排在前面的先还）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Welcome to debttracker</source>
        <translation>欢迎使用 debttracker</translation>
    </message>
    <message>
        <source>Start in the Ledger tab: add each debt with its lender, the amount you borrowed, the amount you actually received, the rate and the repayment method. Everything stays on this computer.</source>
        <translation>从“债务台账”开始：逐笔添加债务，填写出借方、借款金额、实际到手金额、利率和还款方式。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation>前往债务台账</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>用示例数据体验</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>欠款总额</translation>
    </message>
    <message>
        <source>Still due this month</source>
        <translation>本月待还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Penalty accrued today</source>
        <translation>今日新增罚息</translation>
    </message>
    <message>
        <source>Next five payments due</source>
        <translation>接下来的五笔还款</translation>
    </message>
    <message>
        <source>Most expensive debts</source>
        <translation>成本最高的债务</translation>
    </message>
    <message>
        <source>Click a debt to open it in the ledger.</source>
        <translation>点击一笔债务即可在台账中打开。</translation>
    </message>
    <message>
        <source>%1 debts · %2</source>
        <translation>%1 笔债务 · %2</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Automatic debit</source>
        <translation>自动扣款</translation>
    </message>
    <message>
        <source>Lender&apos;s app</source>
        <translation>出借方 App</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>optional: a screenshot or PDF, kept read-only with the evidence</source>
        <translation>可选：截图或 PDF，会以只读方式与证据一起保存</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>next due: %1</source>
        <translation>下次还款：%1</translation>
    </message>
    <message>
        <source>Enter the amount and date to see where the money goes.</source>
        <translation>输入金额和日期，即可查看这笔钱的去向。</translation>
    </message>
    <message>
        <source>This payment goes to: penalty %1, fees %2, interest %3, principal %4.</source>
        <translation>这笔还款将用于：罚息 %1，费用 %2，利息 %3，本金 %4。</translation>
    </message>
    <message>
        <source>Principal still owed afterwards: %1</source>
        <translation>还款后剩余本金：%1</translation>
    </message>
    <message>
        <source>%1 is more than the whole debt and stays as a credit.</source>
        <translation>%1 超过了全部欠款，多出部分将作为余额保留。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal: nothing is left to pay after it.</source>
        <translation>提前偿还本金 %1：还款后已无剩余欠款。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments become %3 (were %4).</source>
        <translation>提前偿还本金 %1；剩余 %2 期每期变为 %3（原为 %4）。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments start at %3 (was %4).</source>
        <translation>提前偿还本金 %1；剩余 %2 期首期为 %3（原为 %4）。</translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation>选择还款凭证</translation>
    </message>
</context>
<context>
    <name>PayoffTab</name>
    <message>
        <source>Your way out, once your debts are in</source>
        <translation>录入债务后，这里会显示你的还清之路</translation>
    </message>
    <message>
        <source>When the ledger holds your debts and the budget your monthly amount, this tab compares the avalanche and snowball strategies and shows your debt-free date.</source>
        <translation>当债务台账中有了你的债务、预算中有了每月还款金额后，本页会比较雪崩法和雪球法，并显示你还清全部债务的日期。</translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation>前往债务台账</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>余额变化</translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation>策略比较</translation>
    </message>
    <message>
        <source>Payoff order</source>
        <translation>还款顺序</translation>
    </message>
    <message>
        <source>From your budget: available for repayment in %1.</source>
        <translation>来自预算：%1 可用于还款的金额。</translation>
    </message>
    <message>
        <source>No budget yet: this is the sum of the minimum payments.</source>
        <translation>还没有预算：这里按各笔最低还款额之和计算。</translation>
    </message>
    <message>
        <source>Debts in %1 are not in this plan.</source>
        <translation>以 %1 计价的债务不在此计划中。</translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months), paying %3 in interest and fees.</source>
        <translation>%1 还清全部债务（%2 个月），共付利息和费用 %3。</translation>
    </message>
    <message>
        <source>Not debt-free at this amount; %3 in interest and fees on the way.</source>
        <translation>按此金额无法还清全部债务；期间要付利息和费用 %3。</translation>
    </message>
    <message>
        <source>Total paid: %1 · Interest and fees: %2 · Owed today: %3</source>
        <translation>共还款：%1 · 利息和费用：%2 · 今日欠款：%3</translation>
    </message>
    <message>
        <source>Due in %1 under the contracts: %2 (the Budget&apos;s minimum payments; each loan follows its schedule, a balloon falls due in its month).</source>
        <translation>按合同 %1 应还：%2（即预算中的最低还款额；每笔借款按其还款计划，到期一次性还款在到期月份应还）。</translation>
    </message>
    <message>
        <source>Try with %1 more a month</source>
        <translation>试试每月多还 %1</translation>
    </message>
    <message>
        <source>The money is not enough: %1</source>
        <translation>钱不够：%1</translation>
    </message>
    <message>
        <source>These debts stay unpaid: %1.</source>
        <translation>这些债务仍将无法还清：%1。</translation>
    </message>
    <message>
        <source>These grow: %1.</source>
        <translation>这些债务会越滚越多：%1。</translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Avalanche: highest interest rate first</source>
        <translation>雪崩法：先还利率最高的</translation>
    </message>
    <message>
        <source>Snowball: smallest balance first</source>
        <translation>雪球法：先还余额最小的</translation>
    </message>
    <message>
        <source>Overdue debts with the highest penalty first</source>
        <translation>先还罚息最重的逾期债务</translation>
    </message>
    <message>
        <source>My own order</source>
        <translation>我自己的顺序</translation>
    </message>
    <message>
        <source>Minimum payments only</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <source>Use the budget&apos;s amount</source>
        <translation>使用预算中的金额</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>还款策略(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Each month for debts</source>
        <translation>每月用于还债(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;What if I pay more each month</source>
        <translation>如果每月多还一些(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>page classes shown in the dialog; each takes (ctx, parent) and has apply()</extracomment>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Principal owed (from your payments)</source>
        <translation>仍欠本金（按你的还款）</translation>
    </message>
    <message>
        <source>Plan from today</source>
        <translation>从今天起的计划</translation>
    </message>
    <message>
        <source>Plan from today (not enough money)</source>
        <translation>从今天起的计划（资金不足）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Reading your progress…</source>
        <extracomment>the data arrived and the chart has them (tests, the start-up probe)</extracomment>
        <translation>正在读取还款进度…</translation>
    </message>
    <message>
        <source>Your progress appears here once the ledger holds your debts.</source>
        <translation>债务台账中有了你的债务后，这里会显示你的进度。</translation>
    </message>
    <message>
        <source>You have paid %1; %2 to go, penalty included (%3 of the way).</source>
        <translation>你已还 %1，还差 %2（含罚息，已完成 %3）。</translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation>无法读取还款进度：%1</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record a promise</source>
        <translation>记录承诺</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation>（不针对某笔债务）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Who promised what</source>
        <translation>谁承诺了什么</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>within working days:</source>
        <translation>几个工作日内：</translation>
    </message>
    <message>
        <source>by date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Earliest if the lender counts make-up working days (调休), latest if it counts Monday to Friday only.</source>
        <translation>如果出借方把调休上班日算作工作日，则为最早日期；如果只算周一至周五，则为最晚日期。</translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>e.g. 4.9%, 月息1分, 日息万分之五</source>
        <translation>例如：4.9%、月息1分、日息万分之五</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>debttracker</source>
        <extracomment>agenda statuses shown in the menu, and their section</extracomment>
        <translation>debttracker</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>承诺：%1</translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation>账单日：%1</translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation>信用卡还款日：%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……还有 %1 项</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天没有到期事项</translation>
    </message>
    <message>
        <source>Open debttracker</source>
        <translation>打开 debttracker</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>debttracker: %1 due or overdue</source>
        <translation>debttracker：%1 项到期或逾期</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>导出日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <source>debttracker keeps running</source>
        <translation>debttracker 仍在运行</translation>
    </message>
    <message>
        <source>debttracker is still running in the tray, so reminders of payments and promises reach you with the window closed. Use Quit in the tray menu or the File menu to stop it; Preferences can turn this off.</source>
        <translation>debttracker 仍在系统托盘中运行，这样即使关闭窗口，还款和承诺的提醒也能送达。要退出，请使用托盘菜单或“文件”菜单中的“退出”；也可以在偏好设置中关闭此功能。</translation>
    </message>
    <message>
        <source>debttracker keeps running in the background, so reminders of payments and promises reach you as desktop notifications with the window closed. Start debttracker again to bring the window back, and use Quit in the File menu to stop it; Preferences can turn this off.</source>
        <translation>debttracker 会在后台继续运行，这样即使关闭窗口，还款和承诺的提醒也会以桌面通知送达。再次启动 debttracker 即可重新打开窗口；要退出，请使用“文件”菜单中的“退出”；也可以在偏好设置中关闭此功能。</translation>
    </message>
    <message>
        <source>Reminders while debttracker is closed</source>
        <translation>debttracker 关闭期间的提醒</translation>
    </message>
    <message>
        <source>This desktop has neither a tray nor a notification service, so debttracker cannot remind you while it is closed. What falls due in the meantime is shown the next time you start it.</source>
        <translation>此桌面既没有系统托盘，也没有通知服务，因此 debttracker 关闭后无法提醒您。期间到期的事项会在您下次启动时显示。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 calendar events to %2.</source>
        <translation>已将 %1 个日历事件保存到 %2。</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me at:</source>
        <translation>提醒时间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours (no notifications):</source>
        <translation>免打扰时段（不发通知）：</translation>
    </message>
    <message>
        <source>Instalments coming due and overdue</source>
        <translation>即将到期和已逾期的分期还款</translation>
    </message>
    <message>
        <source>Promises, mine and the lender&apos;s</source>
        <translation>承诺（我的和出借方的）</translation>
    </message>
    <message>
        <source>Card statement and due days</source>
        <translation>信用卡账单日和还款日</translation>
    </message>
    <message>
        <source>Remind me of:</source>
        <translation>提醒内容：</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>Announce dues:</source>
        <translation>提前提醒：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>For one debt:</source>
        <translation>单笔债务：</translation>
    </message>
    <message>
        <source>Start debttracker in the tray when I log in</source>
        <translation>登录时在系统托盘中启动 debttracker</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在系统托盘中运行</translation>
    </message>
    <message>
        <source>Reminders of payments and promises</source>
        <translation>还款和承诺提醒</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>无法更改登录时启动：%1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose a backup to restore. Your current data are backed up first, so this can be undone by restoring that backup.</source>
        <translation>选择要恢复的备份。你当前的数据会先被备份，因此可以通过恢复那份备份来撤销此操作。</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>还没有任何备份。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore the backup of %1? Your current data will be backed up first.</source>
        <translation>要恢复 %1 的备份吗？你当前的数据会先被备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今日欠款</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低还款</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和费用</translation>
    </message>
    <message>
        <source>Charged at the true annual rate, which includes the fees; an overdue debt is charged its penalty rate.</source>
        <translation>按包含费用的实际年化利率计息；逾期债务按罚息利率计息。</translation>
    </message>
    <message>
        <source>Overdue: charged the penalty rate %1</source>
        <translation>逾期：按罚息利率 %1 计息</translation>
    </message>
    <message>
        <source>Grows</source>
        <translation>越滚越多</translation>
    </message>
    <message>
        <source>Not paid off</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>已还清</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Extra payments and changes</source>
        <translation>额外还款和调整</translation>
    </message>
    <message>
        <source>One-off extra in</source>
        <translation>一次性额外还款（月份）</translation>
    </message>
    <message>
        <source>New monthly amount from</source>
        <translation>新的每月金额（起始月份）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>One-off extra</source>
        <translation>一次性额外还款</translation>
    </message>
    <message>
        <source>New monthly amount</source>
        <translation>新的每月金额</translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>While debttracker was closed</source>
        <translation>debttracker 关闭期间</translation>
    </message>
    <message>
        <source>These fell due since debttracker last ran (%1):</source>
        <translation>自 debttracker 上次运行（%1）以来，以下事项已到期：</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已处理(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>在这一天再次提醒我：</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Export income and expense statement</source>
        <translation>导出收支明细表</translation>
    </message>
    <message>
        <source>PDF, to send to a lender</source>
        <translation>PDF，用于发给出借方</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV，用于电子表格</translation>
    </message>
    <message>
        <source>Explain briefly why you cannot pay as agreed, and since when.</source>
        <translation>简要说明你为什么无法按约还款，以及从什么时候开始。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束月份</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Your explanation</source>
        <translation>你的说明</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>income-expense-statement</source>
        <translation>收支明细表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No income or spending entered for %1: left out of the averages.</source>
        <translation>%1没有录入收支：不计入平均值。</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>最后一个月早于第一个月。</translation>
    </message>
    <message>
        <source>Choose at most %1 months.</source>
        <translation>最多选择 %1 个月。</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>请选择收支明细表的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>保存收支明细表</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
</context>
<context>
    <name>StatementRenderer</name>
    <message>
        <source>None.</source>
        <extracomment>Latin text first in a Latin font: Qt maps the digits of CJK fonts&apos; Latin glyphs to no Unicode in the PDF, so the figures could not be copied or searched.</extracomment>
        <translation>无。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Per month (average)</source>
        <translation>每月（平均）</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>期间合计</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation>必要支出</translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation>可用于还款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>应付最低还款额</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>%1 (no entries)</source>
        <translation>%1（无记录）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No income or spending was entered for any month of this period.</source>
        <translation>本期间内没有任何月份录入收支。</translation>
    </message>
    <message>
        <source>Averages of income and spending are over the months with entries: %1.</source>
        <translation>收入和支出的平均值按有记录的月份计算：%1。</translation>
    </message>
    <message>
        <source>Warning: nothing was entered for %1, so it is left out of the averages.</source>
        <translation>注意：%1没有录入任何收支，未计入平均值。</translation>
    </message>
    <message>
        <source>On average I have %1 a month for repayment (income minus essential spending), against minimum payments of %2 a month.</source>
        <translation>我平均每月可用于还款的金额为 %1（收入减去必要支出），而每月最低还款额为 %2。</translation>
    </message>
    <message>
        <source>That is %1 a month short.</source>
        <translation>即每月缺口 %1。</translation>
    </message>
    <message>
        <source>Income and expense statement</source>
        <translation>收支明细表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>编制日期</translation>
    </message>
    <message>
        <source>Summary per month</source>
        <translation>每月汇总</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>总收入</translation>
    </message>
    <message>
        <source>Fixed essential spending</source>
        <translation>固定必要支出</translation>
    </message>
    <message>
        <source>Total essential spending</source>
        <translation>必要支出合计</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Total other spending</source>
        <translation>其他支出合计</translation>
    </message>
    <message>
        <source>Debts and their minimum payments</source>
        <translation>债务及其最低还款额</translation>
    </message>
    <message>
        <source>Total minimum payments</source>
        <translation>最低还款额合计</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Explanation of my situation</source>
        <translation>我的情况说明</translation>
    </message>
    <message>
        <source>(No explanation written.)</source>
        <translation>（未填写说明。）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Minimum payments</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>Discretionary spending</source>
        <translation>可削减支出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>Not saved: the disk that holds your data is full. Free some space, then try again; nothing was changed.</source>
        <extracomment>the store&apos;s own failure classes (store.errors, when present) by name, and what they mean SQLite primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL</extracomment>
        <translation>未保存：存放你数据的磁盘已满。请腾出一些空间后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: your data folder cannot be written to (it is read-only or you lack the permission). Nothing was changed.</source>
        <translation>未保存：无法写入你的数据文件夹（它是只读的，或你没有权限）。没有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: another program is writing to your data right now (the database is locked). Try again in a moment; nothing was changed.</source>
        <translation>未保存：另一个程序正在写入你的数据（数据库已锁定）。请稍后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (the details follow).</source>
        <translation>未保存：发生了意外错误（详情见随后的提示）。</translation>
    </message>
    <message>
        <source>debttracker cannot start: the disk that holds your data (%1) is full. Free some space, then start it again. Your data were not changed.</source>
        <translation>debttracker 无法启动：存放你数据的磁盘（%1）已满。请腾出一些空间后再启动。你的数据没有被更改。</translation>
    </message>
    <message>
        <source>debttracker cannot start: your data folder (%1) cannot be written to (it is read-only or you lack the permission). Your data were not changed.</source>
        <translation>debttracker 无法启动：无法写入你的数据文件夹（%1）（它是只读的，或你没有权限）。你的数据没有被更改。</translation>
    </message>
    <message>
        <source>debttracker cannot open your data in %1: another program holds the database locked. Close it, then start debttracker again. Your data were not changed.</source>
        <translation>debttracker 无法打开 %1 中的数据：另一个程序锁定了数据库。请关闭该程序，然后重新启动 debttracker。你的数据没有被更改。</translation>
    </message>
    <message>
        <source>This edit cannot be undone or redone: another program changed the same record meanwhile. Nothing was changed; the undo history was cleared.</source>
        <translation>无法撤销或重做此操作：另一个程序同时修改了同一条记录。没有做任何更改；撤销记录已清空。</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Income</source>
        <extracomment>the user clicked a debt in the list of minimums</extracomment>
        <translation>收入</translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation>必要支出</translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation>可用于还款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>应付最低还款额</translation>
    </message>
    <message>
        <source>Discretionary spending (could be cut)</source>
        <translation>可削减的支出</translation>
    </message>
    <message>
        <source>Available = income − essential spending</source>
        <translation>可用于还款 = 收入 − 必要支出</translation>
    </message>
    <message>
        <source>Covers the minimum payments, with %1 left over.</source>
        <translation>足以支付最低还款额，还剩 %1。</translation>
    </message>
    <message>
        <source>Short by %1: the minimum payments are more than you have.</source>
        <translation>缺口 %1：最低还款额超过了你的可用资金。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 due %4</source>
        <translation>%1 · %2：%3，%4 到期</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>not paid off</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>Payoff order: thick bars are the months each debt gets the extra money</source>
        <translation>还款顺序：粗条表示每笔债务获得额外还款的月份</translation>
    </message>
    <message>
        <source>…and %1 more debts</source>
        <translation>……还有 %1 笔债务</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>The trend appears here.</source>
        <translation>趋势将显示在这里。</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Minimum payments</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>%1: minimum %2; a month&apos;s delay costs about %3</source>
        <translation>%1：最低还款 %2；延迟一个月约多花 %3</translation>
    </message>
    <message>
        <source>%1 short this month. You decide what to offer whom:</source>
        <translation>本月缺口 %1。先还谁、向谁提什么方案，由你决定：</translation>
    </message>
    <message>
        <source>Cheapest to let slip</source>
        <translation>暂缓代价最小的</translation>
    </message>
    <message>
        <source>Heaviest penalty if late: %1. Pay this one first if you can.</source>
        <translation>逾期罚得最重的：%1。能还的话先还这笔。</translation>
    </message>
    <message>
        <source>Already negotiating with: %1. Ask them first for a smaller instalment.</source>
        <translation>已在协商的：%1。先请他们降低每期还款额。</translation>
    </message>
    <message>
        <source>Holding back %1 would close the gap, at a cost of about %2 for a month; tell those lenders before the due date and ask for a new plan.</source>
        <translation>暂缓支付 %1 就能补上缺口，代价约为一个月 %2；请在还款日前告知这些出借方，并请求新的还款方案。</translation>
    </message>
    <message>
        <source>Your essential spending is more than your income: no minimum payment can be met from this month&apos;s income. Tell every lender now, with your statement.</source>
        <translation>你的必要支出已超过收入：本月收入无法支付任何一笔最低还款。请立即带着收支明细表告知每一位出借方。</translation>
    </message>
    <message>
        <source>Even holding back every payment still due this month would not close the gap. Tell your lenders now and ask for a plan you can keep.</source>
        <translation>即使暂缓本月所有待还款项，也补不上缺口。请立即告知你的出借方，并请求一个你能坚持履行的方案。</translation>
    </message>
    <message>
        <source>Costs count penalty interest and late fees only; any missed payment can still be reported to your credit record.</source>
        <translation>代价只计算罚息和滞纳金；任何一次未按时还款，都仍可能被报送到你的征信记录。</translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <source>Not a valid payment amount: %1</source>
        <translation>无效的还款金额：%1</translation>
    </message>
    <message>
        <source>The allocation order must name penalty, fee, interest and principal once each.</source>
        <translation>冲抵顺序必须包含罚息、费用、利息和本金，且各出现一次。</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Too many backups in one second.</source>
        <extracomment>what ``store.db.open_database`` writes before a migration</extracomment>
        <translation>一秒内的备份太多。</translation>
    </message>
    <message>
        <source>There are no data to back up yet.</source>
        <translation>还没有可以备份的数据。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>No backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a debttracker backup.</source>
        <translation>%1 已损坏或不是 debttracker 备份。</translation>
    </message>
    <message>
        <source>%1 is not a debttracker backup.</source>
        <translation>%1 不是 debttracker 备份。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of debttracker; update the app.</source>
        <translation>%1 由更新版本的 debttracker 写入；请更新应用。</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>无法恢复备份：%1</translation>
    </message>
    <message>
        <source>The list of evidence files of %1 is damaged.</source>
        <extracomment>evidence files are kept read-only by the user alone (as ``store.evidence`` stores them)</extracomment>
        <translation>%1 的证据文件列表已损坏。</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Not a month: %1-%2</source>
        <translation>不是有效的月份：%1-%2</translation>
    </message>
    <message>
        <source>Not a month (YYYY-MM): %1</source>
        <translation>不是有效的月份（YYYY-MM）：%1</translation>
    </message>
    <message>
        <source>Choose income or expense</source>
        <translation>请选择收入或支出</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>名称为必填项</translation>
    </message>
    <message>
        <source>Amounts cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>The last month is before the first</source>
        <translation>最后一个月早于第一个月</translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>For information only, not legal advice. The lines come from the cited rules and court practice; check the official text or ask a lawyer before relying on them.</source>
        <extracomment>One-year LPR steps (date effective, rate as a fraction), domain.md §3.3.</extracomment>
        <translation>仅供参考，不构成法律意见。这些红线来自所引用的规定和司法实践；依赖它们之前，请查阅官方原文或咨询律师。</translation>
    </message>
    <message>
        <source>The LPR on %1 is unknown; add it to the LPR table.</source>
        <translation>%1 的 LPR 未知；请在 LPR 表中添加。</translation>
    </message>
    <message>
        <source>An LPR must be above 0 and at most 20 %: %1</source>
        <translation>LPR 必须大于 0 且不超过 20%：%1</translation>
    </message>
    <message>
        <source>4 × one-year LPR on the contract date (%1)</source>
        <translation>合同签订日一年期 LPR 的 4 倍（%1）</translation>
    </message>
    <message>
        <source>24% line for private loans made before 2020-08-20</source>
        <translation>2020-08-20 之前的民间借贷：24% 红线</translation>
    </message>
    <message>
        <source>24% line for licensed lenders (all-in cost)</source>
        <translation>持牌机构（综合融资成本）：24% 红线</translation>
    </message>
    <message>
        <source>36% line</source>
        <translation>36% 红线</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>A day of the month must be 1 to 31, not %1</source>
        <translation>每月的日期必须在 1 到 31 之间，而不是 %1</translation>
    </message>
    <message>
        <source>Enter the amount on the bill.</source>
        <extracomment>a due date this long after the statement is surely a typing mistake (banks: 20–56 days)</extracomment>
        <translation>请填写账单上的金额。</translation>
    </message>
    <message>
        <source>The due date comes after the statement date, within %1 days.</source>
        <translation>到期还款日应在账单日之后 %1 天以内。</translation>
    </message>
    <message>
        <source>A posting on this bill is on or before its date.</source>
        <translation>本期账单的记账日应不晚于账单日。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>More than the statement balance.</source>
        <translation>超过了账单金额。</translation>
    </message>
    <message>
        <source>Fees and instalment together exceed the statement.</source>
        <translation>费用与分期合计超过了账单金额。</translation>
    </message>
    <message>
        <source>A bill to track is above zero.</source>
        <translation>账单金额应大于零。</translation>
    </message>
</context>
<context>
    <name>casefile</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation>实际到手金额</translation>
    </message>
    <message>
        <source>Start and term</source>
        <translation>起始日期和期限</translation>
    </message>
    <message>
        <source>%1, %2 months</source>
        <translation>%1，%2 个月</translation>
    </message>
    <message>
        <source>Contract rate (annual)</source>
        <translation>合同利率（年化）</translation>
    </message>
    <message>
        <source>True APR (IRR × 12)</source>
        <translation>实际年化利率（IRR × 12）</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>实际年利率（复利）</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>至今已还</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>条款版本</translation>
    </message>
    <message>
        <source>True APR: the internal rate of return of the money actually received against every scheduled payment of the contract, times 12 (PBOC Announcement [2021] No. 3).</source>
        <translation>实际年化利率：按实际到手金额与合同约定的每一笔还款计算的内部收益率（IRR）乘以 12（中国人民银行公告〔2021〕第3号）。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>首期还款日</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>应还本金</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>应还利息</translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation>罚息和滞纳金</translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation>应付费用</translation>
    </message>
    <message>
        <source>Owed today to bring it up to date</source>
        <translation>当前结清逾期所需金额</translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation>尚未到期的本金</translation>
    </message>
    <message>
        <source>Balance (principal left and charges due)</source>
        <translation>余额（剩余本金及已到期费用）</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次还款</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>an official number</source>
        <translation>官方号码</translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation>非官方号码</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>号码或账号</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话情况</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>我的号码</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>已核实身份</translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation>未核实身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>How verified</source>
        <translation>核实方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation>我提出的请求</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>对方的答复</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>within %1 working days</source>
        <translation>%1 个工作日内</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>承诺于</translation>
    </message>
    <message>
        <source>Agreed annual rate</source>
        <translation>约定年利率</translation>
    </message>
    <message>
        <source>Deferral months</source>
        <translation>延期月数</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>一次性结清金额</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>协议前状态</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>By</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>达成于</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已举报至</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>举报日期</translation>
    </message>
    <message>
        <source>During</source>
        <translation>发生于</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256 哈希值</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>关联到</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>案件材料：%1</translation>
    </message>
    <message>
        <source>Prepared on %1 by the borrower from their own records.</source>
        <translation>由借款人根据本人记录于 %1 整理。</translation>
    </message>
    <message>
        <source>Official channels of the lender: %1</source>
        <translation>出借方官方渠道：%1</translation>
    </message>
    <message>
        <source>Debts and their true cost</source>
        <translation>债务及其实际成本</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Contacts, everything logged</source>
        <translation>联系记录（全部内容）</translation>
    </message>
    <message>
        <source>Promises and whether they were kept</source>
        <translation>承诺及履行情况</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>Rule breaches found in the contact log</source>
        <translation>联系记录中发现的违规催收</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Evidence (files in the ZIP, with SHA-256)</source>
        <translation>证据（ZIP 中的文件，附 SHA-256）</translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Complain to the lender first; it must answer within 15 days (up to 60 for complex cases). Then: 12378 (National Financial Regulatory Administration) for banks and consumer-finance companies; 12363 (People’s Bank of China) for credit reports and payments; the local financial regulator for microcredit companies; 110 for threats or violence. This is information, not legal advice.</source>
        <translation>请先向出借方投诉，对方须在 15 日内答复（复杂情况最长 60 日）。之后：银行和消费金融公司可拨打 12378（国家金融监督管理总局）；征信和支付问题可拨打 12363（中国人民银行）；小额贷款公司可向当地地方金融管理部门投诉；遇到威胁或暴力请拨打 110。以上仅供参考，不构成法律意见。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>database error (%1)</source>
        <translation>数据库错误（%1）</translation>
    </message>
    <message>
        <source>bad argument (%1)</source>
        <translation>参数有误（%1）</translation>
    </message>
    <message>
        <source>%1 (%2, %3 evidence files)</source>
        <translation>%1（%2，%3 个证据文件）</translation>
    </message>
    <message>
        <source>previous data backed up to %1</source>
        <translation>原有数据已备份到 %1</translation>
    </message>
    <message>
        <source>damaged database kept aside as %1</source>
        <translation>损坏的数据库已另存为 %1</translation>
    </message>
    <message>
        <source>restored %1 (%2 evidence files put back)</source>
        <translation>已从 %1 恢复（放回 %2 个证据文件）</translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation>已将 %1 张表写入 %2</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 evidence files)</source>
        <translation>%1（%2 行，%3 个证据文件）</translation>
    </message>
    <message>
        <source>warning: evidence file %1 is missing; not exported</source>
        <translation>警告：证据文件 %1 不存在，未导出</translation>
    </message>
    <message>
        <source>imported %1 rows</source>
        <translation>已导入 %1 行</translation>
    </message>
    <message>
        <source>no data yet: nothing to check</source>
        <translation>还没有数据，无需检查</translation>
    </message>
    <message>
        <source>database: ok</source>
        <translation>数据库：正常</translation>
    </message>
    <message>
        <source>evidence: not checked (this version keeps no evidence files)</source>
        <translation>证据：未检查（此版本不保存证据文件）</translation>
    </message>
    <message>
        <source>evidence %1 %2: %3</source>
        <translation>证据 %1 %2：%3</translation>
    </message>
    <message>
        <source>%1 evidence file(s) missing or altered</source>
        <translation>%1 个证据文件缺失或被改动</translation>
    </message>
    <message>
        <source>evidence: ok</source>
        <translation>证据：完好</translation>
    </message>
    <message>
        <source>back up the data now (database and evidence)</source>
        <translation>立即备份数据（数据库和证据）</translation>
    </message>
    <message>
        <source>folder to write the backup to</source>
        <translation>备份保存到的文件夹</translation>
    </message>
    <message>
        <source>list the backups (date, kind, size)</source>
        <translation>列出备份（日期、类型、大小）</translation>
    </message>
    <message>
        <source>restore a backup (the current data are backed up first)</source>
        <translation>恢复备份（先备份当前数据）</translation>
    </message>
    <message>
        <source>a backup file (.sqlite3)</source>
        <translation>备份文件（.sqlite3）</translation>
    </message>
    <message>
        <source>export all data with the evidence files as one ZIP archive (or CSV)</source>
        <translation>将全部数据连同证据文件导出为一个 ZIP 压缩包（或 CSV）</translation>
    </message>
    <message>
        <source>FILE.zip, or a folder with --csv</source>
        <translation>FILE.zip，或配合 --csv 指定文件夹</translation>
    </message>
    <message>
        <source>only the JSON document (format 1, no evidence files)</source>
        <translation>只导出 JSON 文档（格式 1，不含证据文件）</translation>
    </message>
    <message>
        <source>import an export into an empty data directory</source>
        <translation>将导出文件导入一个空的数据目录</translation>
    </message>
    <message>
        <source>a debttracker export (ZIP archive or JSON)</source>
        <translation>debttracker 导出文件（ZIP 压缩包或 JSON）</translation>
    </message>
    <message>
        <source>write one CSV file per table into FILE</source>
        <translation>每张表写一个 CSV 文件到 FILE 中</translation>
    </message>
    <message>
        <source>replace existing data (a backup is taken first)</source>
        <translation>替换现有数据（先做备份）</translation>
    </message>
    <message>
        <source>check the database and the evidence files (exit 1 if not ok)</source>
        <translation>检查数据库和证据文件（有问题时退出状态为 1）</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad argument, 1 no answer (for example no rate exists).</source>
        <translation>退出状态：0 成功，2 参数错误，1 无结果（例如不存在对应的利率）。</translation>
    </message>
    <message>
        <source>not a percentage: %1</source>
        <translation>不是百分比：%1</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>不是整数：%1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小于 %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期数</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Total interest: %1</source>
        <translation>利息总额：%1</translation>
    </message>
    <message>
        <source>Total paid: %1</source>
        <translation>还款总额：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: expected date,amount</source>
        <translation>第 %1 行：应为“日期,金额”</translation>
    </message>
    <message>
        <source>Rate per period</source>
        <translation>每期利率</translation>
    </message>
    <message>
        <source>Nominal APR (rate × %1)</source>
        <translation>名义年化利率（每期利率 × %1）</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>实际年利率</translation>
    </message>
    <message>
        <source>These flows change sign more than once: %1 rates per period balance them (%2); the true cost is ambiguous.</source>
        <translation>这些现金流多次改变正负号：有 %1 个每期利率能使其平衡（%2）；真实成本不唯一。</translation>
    </message>
    <message>
        <source>not allowed with --received/--payments</source>
        <translation>不能与 --received/--payments 同时使用</translation>
    </message>
    <message>
        <source>--received and --payments are required (or --flows FILE)</source>
        <translation>需要同时提供 --received 和 --payments（或使用 --flows FILE）</translation>
    </message>
    <message>
        <source>One-year LPR from %1: %2 %</source>
        <translation>自 %1 起一年期 LPR：%2%</translation>
    </message>
    <message>
        <source>the one-year LPR table the interest-cap lines use</source>
        <translation>利率上限所用的一年期 LPR 表</translation>
    </message>
    <message>
        <source>List the one-year LPR steps (the 4 × LPR cap uses the LPR on the contract date), or add one when the LPR changes: lpr set 2026-01-20 3.0</source>
        <translation>列出一年期 LPR 的各次调整（4 倍 LPR 上限使用合同成立日的 LPR），或在 LPR 变动时添加一条：lpr set 2026-01-20 3.0</translation>
    </message>
    <message>
        <source>list the table (default)</source>
        <translation>列出表格（默认）</translation>
    </message>
    <message>
        <source>add or change a step</source>
        <translation>添加或修改一条</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>rate in percent</source>
        <translation>利率（百分数）</translation>
    </message>
    <message>
        <source>remove a step</source>
        <translation>删除一条</translation>
    </message>
    <message>
        <source>repayment schedule of a loan</source>
        <translation>贷款的还款计划</translation>
    </message>
    <message>
        <source>Instalment by instalment: due date, payment, principal, interest and the balance left, with the total interest and the total paid.</source>
        <translation>逐期列出还款日、还款额、本金、利息和剩余本金，并给出利息总额和还款总额。</translation>
    </message>
    <message>
        <source>loan amount, e.g. 10000 or 1.2万</source>
        <translation>借款金额，例如 10000 或 1.2万</translation>
    </message>
    <message>
        <source>annual rate in percent, e.g. 4.9</source>
        <translation>年利率（百分数），例如 4.9</translation>
    </message>
    <message>
        <source>monthly rate in percent, e.g. 1 for 月息1分</source>
        <translation>月利率（百分数），例如月息1分填 1</translation>
    </message>
    <message>
        <source>daily rate in percent, e.g. 0.05 for 万分之五</source>
        <translation>日利率（百分数），例如万分之五填 0.05</translation>
    </message>
    <message>
        <source>days per year for daily rates</source>
        <translation>按日计息时一年的天数</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <source>annuity: equal payments (等额本息); equal-principal: equal principal (等额本金); interest-only: interest monthly, principal at the end (先息后本); bullet: everything at the end (一次性还本付息)</source>
        <translation>annuity：等额本息；equal-principal：等额本金；interest-only：先息后本（按月付息，到期还本）；bullet：一次性还本付息</translation>
    </message>
    <message>
        <source>loan date; first due one month later</source>
        <translation>放款日期；一个月后为首个还款日</translation>
    </message>
    <message>
        <source>interest-only/bullet interest by actual days</source>
        <translation>先息后本/一次性还本付息按实际天数计息</translation>
    </message>
    <message>
        <source>true annual cost (IRR) of a loan&apos;s cash flows</source>
        <translation>按现金流计算贷款的实际年化成本（IRR）</translation>
    </message>
    <message>
        <source>The true annual cost of a loan, fees included: from the amount received and the payments, or from a CSV of dated cash flows (XIRR).</source>
        <translation>贷款含各项费用的实际年化成本：根据实际到手金额和每期还款计算，或根据带日期的现金流 CSV 计算（XIRR）。</translation>
    </message>
    <message>
        <source>amount actually received, after upfront fees</source>
        <translation>扣除前期费用后实际到手的金额</translation>
    </message>
    <message>
        <source>payments, e.g. 888.49x12, 1,072x12 or 100x11;10100x1 (; or , between)</source>
        <translation>还款额，例如 888.49x12、1,072x12 或 100x11;10100x1（用 ; 或 , 分隔）</translation>
    </message>
    <message>
        <source>CSV of date,amount rows (+ received, - paid): XIRR</source>
        <translation>每行为“日期,金额”的 CSV（正数为收到，负数为付出）：按 XIRR 计算</translation>
    </message>
    <message>
        <source>periods per year (default 12)</source>
        <translation>每年期数（默认 12）</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>缺少必需的参数：%1</translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation>必须提供以下参数之一：%1</translation>
    </message>
    <message>
        <source>not allowed with %1</source>
        <translation>不能与 %1 同时使用</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>无效的选项：%1（可选：%2）</translation>
    </message>
    <message>
        <source>invalid value: %2</source>
        <translation>无效的值：%2</translation>
    </message>
    <message>
        <source>expected one value</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at least one value</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>无法识别的参数：%1</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>选项有歧义：%1 可能是 %2</translation>
    </message>
    <message>
        <source>unknown command %1 (choose from %2)</source>
        <translation>未知的命令 %1（可选：%2）</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>debttracker headless commands</source>
        <translation>debttracker 命令行工具</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>data directory (default: per-user data dir)</source>
        <translation>数据目录（默认：当前用户的数据目录）</translation>
    </message>
    <message>
        <source>language of the output (default: $DEBTTRACKER_LANG, the app&apos;s setting, the system)</source>
        <translation>输出语言（默认依次取 $DEBTTRACKER_LANG、应用中的设置、系统语言）</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>数字过大</translation>
    </message>
    <message>
        <source>income, spending, minimum payments due and the money available for repayment</source>
        <translation>收入、支出、应付最低还款额和可用于还款的钱</translation>
    </message>
    <message>
        <source>What can honestly be paid in a month: income, essential and discretionary spending, the minimum payments due from the ledger, the amount available for repayment (income - essential spending) and any shortfall.</source>
        <translation>一个月实际能还多少：收入、必要支出和可削减支出、债务台账中的应付最低还款额、可用于还款的金额（收入 - 必要支出）以及缺口。</translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation>月份（默认：本月）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>输出机器可读的 JSON</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation>必要支出</translation>
    </message>
    <message>
        <source>Discretionary spending</source>
        <translation>可削减支出</translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation>可用于还款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>应付最低还款额</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Budget for %1</source>
        <translation>%1 预算</translation>
    </message>
    <message>
        <source>The available money covers the minimum payments.</source>
        <translation>可用资金足以支付最低还款额。</translation>
    </message>
    <message>
        <source>Short by %1 this month.</source>
        <translation>本月缺口 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sample data written to %1: %2 lenders, %3 debts, %4 payments.</source>
        <translation>示例数据已写入 %1：%2 个出借方、%3 笔债务、%4 笔还款。</translation>
    </message>
    <message>
        <source>penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>No debts recorded. Try: debttracker-cli sample-data</source>
        <translation>还没有记录任何债务。试试：debttracker-cli sample-data</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source>APR %1</source>
        <translation>年化 %1</translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation>%1 合计：%2</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Payment %1 recorded: %2</source>
        <translation>已记录还款 %1：%2</translation>
    </message>
    <message>
        <source>Not applied (more than the whole balance): %1</source>
        <translation>未冲抵（超过全部余额）：%1</translation>
    </message>
    <message>
        <source>fill an empty data directory with sample data</source>
        <translation>在空的数据目录中填入示例数据</translation>
    </message>
    <message>
        <source>Write made-up lenders, debts and payments into an empty data directory, to try the app out.</source>
        <translation>在空的数据目录中写入虚构的出借方、债务和还款记录，用来试用本软件。</translation>
    </message>
    <message>
        <source>small: a few debts; large: years of history</source>
        <translation>small：几笔债务；large：多年的历史记录</translation>
    </message>
    <message>
        <source>list every debt with balance, next due and APR</source>
        <translation>列出每笔债务的余额、下次还款和年化利率</translation>
    </message>
    <message>
        <source>Every debt with its status, balance, next due date, true APR and days overdue, and the total per currency.</source>
        <translation>列出每笔债务的状态、余额、下次还款日、实际年化利率和逾期天数，以及各币种的合计。</translation>
    </message>
    <message>
        <source>the day to look from (default: today)</source>
        <translation>以哪一天为准（默认：今天）</translation>
    </message>
    <message>
        <source>record a payment (allocated as the app does)</source>
        <translation>记录一笔还款（与应用中的冲抵方式相同）</translation>
    </message>
    <message>
        <source>Record a payment on a debt. It goes first to penalty interest, then fees, interest and principal, exactly as in the app.</source>
        <translation>为一笔债务记录还款。还款依次冲抵罚息、费用、利息和本金，与应用中完全一致。</translation>
    </message>
    <message>
        <source>debt id</source>
        <translation>债务 id</translation>
    </message>
    <message>
        <source>amount paid, e.g. 300 or ¥1,200.50</source>
        <translation>还款金额，例如 300 或 ¥1,200.50</translation>
    </message>
    <message>
        <source>day of the payment (default: today)</source>
        <translation>还款日期（默认：今天）</translation>
    </message>
    <message>
        <source>a note kept with the payment</source>
        <translation>随还款保存的备注</translation>
    </message>
    <message>
        <source>verify every evidence file against its SHA-256</source>
        <translation>用 SHA-256 校验每个证据文件</translation>
    </message>
    <message>
        <source>Hash every evidence file; list each one that is missing or altered.</source>
        <translation>计算每个证据文件的哈希值，列出缺失或被改动的文件。</translation>
    </message>
    <message>
        <source>write the case-file PDF and evidence ZIP for a lender or a debt</source>
        <translation>为某个出借方或某笔债务生成案件材料 PDF 和证据 ZIP</translation>
    </message>
    <message>
        <source>Timeline, promises, agreements, incidents, the debt&apos;s figures and true APR as a PDF, plus a ZIP of the evidence files with a SHA-256 manifest.</source>
        <translation>把时间线、承诺、协议、催收事件、债务数据和实际年化利率生成 PDF，并把证据文件打包成带 SHA-256 清单的 ZIP。</translation>
    </message>
    <message>
        <source>lender id</source>
        <translation>出借方 id</translation>
    </message>
    <message>
        <source>output directory</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>date of the file (default: today)</source>
        <translation>材料日期（默认：今天）</translation>
    </message>
    <message>
        <source>%1: %2 (%3) expected %4</source>
        <translation>%1：%2（%3）应为 %4</translation>
    </message>
    <message>
        <source>%1 of %2 evidence files do not match their SHA-256.</source>
        <translation>%2 个证据文件中有 %1 个与其 SHA-256 校验值不一致。</translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation>全部 %1 个证据文件均与其 SHA-256 校验值一致。</translation>
    </message>
    <message>
        <source>not a directory: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>must be a positive id</source>
        <translation>必须是正整数 id</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2 files)</source>
        <translation>证据：%1（%2 个文件）</translation>
    </message>
    <message>
        <source>warning: %1 is %2</source>
        <translation>警告：%1 %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>what is due or overdue now and in the next days (exit 1 when overdue)</source>
        <translation>现在和未来几天到期或逾期的事项（有逾期时退出状态为 1）</translation>
    </message>
    <message>
        <source>List the instalments, promises and card days that are overdue, due today or due in the next N days. Exit status 1 when something is overdue, so it can run from cron; 0 otherwise; 2 on a bad argument.</source>
        <translation>列出已逾期、今天到期或未来 N 天内到期的分期还款、承诺和信用卡账单日/还款日。有逾期事项时退出状态为 1（便于在 cron 中运行），否则为 0；参数有误时为 2。</translation>
    </message>
    <message>
        <source>look N days ahead (default 7, 0 to 3660)</source>
        <translation>向后查看 N 天（默认 7，范围 0 到 3660）</translation>
    </message>
    <message>
        <source>must be from 0 to %1, not %2</source>
        <translation>必须在 0 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>账单日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡还款日</translation>
    </message>
    <message>
        <source>Nothing due or overdue, nor in the next %1 days.</source>
        <translation>目前没有到期或逾期事项，未来 %1 天内也没有。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>avalanche</source>
        <translation>雪崩法</translation>
    </message>
    <message>
        <source>snowball</source>
        <translation>雪球法</translation>
    </message>
    <message>
        <source>penalty first</source>
        <translation>罚息优先</translation>
    </message>
    <message>
        <source>my own order</source>
        <translation>自定顺序</translation>
    </message>
    <message>
        <source>minimums only</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <source>payoff plan: when each debt is paid off, the interest, the debt-free month</source>
        <translation>还清计划：每笔债务何时还清、要付多少利息、哪个月无债一身轻</translation>
    </message>
    <message>
        <source>Plan paying off the open debts with an amount a month: every debt gets its minimum and the rest goes by the strategy (avalanche: highest rate first; snowball: smallest balance first; penalty: overdue debts with the highest penalty first; custom: the order given by --order; minimum: minimums only).</source>
        <translation>用每月固定的金额规划还清未结清的债务：每笔债务先还最低还款额，其余的按策略分配（avalanche：先还利率最高的；snowball：先还余额最小的；penalty：先还罚息最重的逾期债务；custom：按 --order 给出的顺序；minimum：只还最低还款额）。</translation>
    </message>
    <message>
        <source>how the money beyond the minimums is shared out</source>
        <translation>最低还款额之外的钱如何分配</translation>
    </message>
    <message>
        <source>money for debts each month (default: the budget&apos;s)</source>
        <translation>每月用于还债的钱（默认：预算中的金额）</translation>
    </message>
    <message>
        <source>debt ids in order, for custom</source>
        <translation>按顺序列出的债务 id，用于 custom</translation>
    </message>
    <message>
        <source>plan from this day (default: today)</source>
        <translation>从这一天开始规划（默认：今天）</translation>
    </message>
    <message>
        <source>the custom strategy needs --order ID,ID,...</source>
        <translation>custom 策略需要 --order ID,ID,...</translation>
    </message>
    <message>
        <source>debt ids separated by commas, not %1</source>
        <translation>应为用逗号分隔的债务 id，而不是 %1</translation>
    </message>
    <message>
        <source>a debt id is listed twice</source>
        <translation>有债务 id 重复列出</translation>
    </message>
    <message>
        <source>no open debt with id %1</source>
        <translation>没有 id 为 %1 的未结清债务</translation>
    </message>
    <message>
        <source>Plan (%1) from %2, %3 a month</source>
        <translation>还款计划（%1），从 %2 起，每月 %3</translation>
    </message>
    <message>
        <source>keeps growing</source>
        <translation>越滚越多</translation>
    </message>
    <message>
        <source>not paid off</source>
        <translation>无法还清</translation>
    </message>
    <message>
        <source>interest %1</source>
        <translation>利息 %1</translation>
    </message>
    <message>
        <source>Total interest %1</source>
        <translation>利息总额 %1</translation>
    </message>
    <message>
        <source>Total paid %1</source>
        <translation>还款总额 %1</translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months)</source>
        <translation>%1 还清全部债务（%2 个月）</translation>
    </message>
    <message>
        <source>Not debt-free: %1</source>
        <translation>无法还清全部债务：%1</translation>
    </message>
    <message>
        <source>No open debts to plan.</source>
        <translation>没有未结清的债务需要规划。</translation>
    </message>
    <message>
        <source>not an id (a whole number from 1): %1</source>
        <extracomment>the largest id SQLite stores (a signed 64-bit integer)</extracomment>
        <translation>不是有效的编号（从 1 开始的整数）：%1</translation>
    </message>
    <message>
        <source>Debt %1 added: %2</source>
        <translation>已添加债务 %1：%2</translation>
    </message>
    <message>
        <source>Minimum %1 due %2; %3 by then keeps it interest-free</source>
        <translation>最低还款额 %1，到期还款日 %2；届时还清 %3 即可免息</translation>
    </message>
    <message>
        <source>the issuer: its id, or a name (added if new)</source>
        <translation>发卡机构：编号或名称（新名称将自动添加）</translation>
    </message>
    <message>
        <source>a name, e.g. card ending 1234</source>
        <translation>名称，例如 尾号1234 的卡</translation>
    </message>
    <message>
        <source>add a credit card as its bill reads</source>
        <translation>按账单添加一张信用卡</translation>
    </message>
    <message>
        <source>Add a credit card by its statement: 账单金额, 最低还款额 (or the card&apos;s rule), 账单日 and 到期还款日. Paid in full by the due date it costs no interest; otherwise revolving interest and 违约金 are owed.</source>
        <translation>按账单添加信用卡：账单金额、最低还款额（或按卡的规则计算）、账单日和到期还款日。到期还款日前全额还款则免息；否则需付循环利息和违约金。</translation>
    </message>
    <message>
        <source>an amount, e.g. 10,000</source>
        <translation>金额，例如 10,000</translation>
    </message>
    <message>
        <source>a date, e.g. 2026-04-05</source>
        <translation>日期，例如 2026-04-05</translation>
    </message>
    <message>
        <source>the minimum printed on the bill (default: by the card&apos;s rule)</source>
        <translation>账单上印的最低还款额（默认按卡的规则计算）</translation>
    </message>
    <message>
        <source>fees, interest and 违约金 on the bill</source>
        <translation>账单中的费用、利息和违约金</translation>
    </message>
    <message>
        <source>this month&apos;s 分期 instalment on the bill</source>
        <translation>账单中本月的分期还款额</translation>
    </message>
    <message>
        <source>the posting date interest runs from (default: the statement date)</source>
        <translation>起息的记账日（默认账单日）</translation>
    </message>
    <message>
        <source>the card&apos;s rate (default 0.05% a day)</source>
        <translation>卡的利率（默认日利率 0.05%）</translation>
    </message>
    <message>
        <source>add a card bill in instalments (账单分期)</source>
        <translation>添加账单分期</translation>
    </message>
    <message>
        <source>Add a 账单分期: the amount in equal parts with the same fee every period; its true APR is shown like any loan&apos;s.</source>
        <translation>添加账单分期：本金每期均摊，每期手续费相同；与其他借款一样显示实际年化利率。</translation>
    </message>
    <message>
        <source>the fee each period</source>
        <translation>每期手续费</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>Unknown call result: %1</source>
        <translation>未知的通话结果：%1</translation>
    </message>
    <message>
        <source>Contacted third parties (family or address book)</source>
        <translation>联系了第三方（家人或通讯录联系人）</translation>
    </message>
    <message>
        <source>Impersonated a court, the police or another authority</source>
        <translation>冒充法院、公安或其他机关</translation>
    </message>
    <message>
        <source>Asked for payment into a personal account: a common fraud pattern</source>
        <translation>要求还款到个人账户：这是常见的诈骗手法</translation>
    </message>
    <message>
        <source>Threats, insults or intimidation</source>
        <translation>威胁、辱骂或恐吓</translation>
    </message>
    <message>
        <source>Contact %1 has a time without a time zone</source>
        <translation>联系记录 %1 的时间没有时区</translation>
    </message>
    <message>
        <source>Contacted at %1, inside the quiet hours 22:00–08:00</source>
        <translation>%1 联系，处于 22:00–08:00 的禁止催收时段内</translation>
    </message>
    <message>
        <source>%1 conversations in one day (the limit is %2)</source>
        <translation>一天内通话 %1 次（上限为 %2 次）</translation>
    </message>
    <message>
        <source>%1 unanswered calls to the same number in one day (the limit is %2)</source>
        <translation>一天内对同一号码拨打 %1 次未接通（上限为 %2 次）</translation>
    </message>
    <message>
        <source>Hang up and call the lender back on the hotline shown in its official app, on your card or in the contract, never on a number the caller or an SMS gave you. Ask whether the account is overdue, who may collect it and the exact amount.</source>
        <translation>挂断电话，通过出借方官方 App、银行卡或合同上的客服热线回拨，切勿使用来电者或短信提供的号码。询问账户是否逾期、谁有权催收以及确切金额。</translation>
    </message>
    <message>
        <source>Compare the amount with the figure shown in the lender&apos;s official app.</source>
        <translation>将金额与出借方官方 App 中显示的数字进行核对。</translation>
    </message>
    <message>
        <source>Pay only through the lender&apos;s app, an official account in the lender&apos;s name or the bank&apos;s own channels; never to a personal account or a QR code.</source>
        <translation>只通过出借方的 App、以出借方名义开立的官方账户或银行自身的渠道还款；切勿转入个人账户或扫描二维码付款。</translation>
    </message>
    <message>
        <source>Negotiating with the lender is free. Fees demanded up front by third parties are a warning sign.</source>
        <translation>与出借方协商是免费的。第三方预先收取费用是危险信号。</translation>
    </message>
    <message>
        <source>No one can delete accurate overdue records for a fee. The lawful routes are an objection for errors and the central bank&apos;s one-time credit repair.</source>
        <translation>没有人能收费删除真实的逾期记录。合法途径只有对错误记录提出异议，以及中国人民银行的一次性信用修复政策。</translation>
    </message>
    <message>
        <source>Report fraud to 96110 or 110, or through the national anti-fraud app, and keep the evidence.</source>
        <translation>遇到诈骗请拨打 96110 或 110 举报，或通过国家反诈中心 App 举报，并保留证据。</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Unknown columns %1. Payments need debt_id,date,amount; debts need lender,name,principal,start_date,months,rate.</source>
        <translation>未知的列 %1。还款记录需要 debt_id,date,amount；债务需要 lender,name,principal,start_date,months,rate。</translation>
    </message>
    <message>
        <source>This is not a readable CSV file (line %1): %2</source>
        <translation>这不是可读取的 CSV 文件（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>文件中没有任何行。</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>这一行的单元格比表头多。</translation>
    </message>
    <message>
        <source>No debt %1.</source>
        <translation>没有债务 %1。</translation>
    </message>
    <message>
        <source>The lender is missing.</source>
        <translation>缺少出借方。</translation>
    </message>
</context>
<context>
    <name>debts</name>
    <message>
        <source>Enter a date.</source>
        <extracomment>card_instalment: a 账单分期 (fee per period, principal evenly; core.cards.bill_instalments) statuses a person sets; &quot;overdue&quot; and &quot;settled&quot; are also derived from the schedule what paying ahead does: keep the term (lower payment, 月供减少) or the payment (期限缩短)</extracomment>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Not a date: %1 (use 2026-03-15)</source>
        <translation>不是有效的日期：%1（格式如 2026-03-15）</translation>
    </message>
    <message>
        <source>%1 has no day %2: that month has %3 days.</source>
        <translation>%1 没有 %2 日：该月只有 %3 天。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 1000.</source>
        <translation>请输入 0 到 1000 之间的百分比。</translation>
    </message>
    <message>
        <source>Enter the lender&apos;s name.</source>
        <translation>请输入出借方名称。</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>最多 200 个字符。</translation>
    </message>
    <message>
        <source>Unknown lender kind: %1</source>
        <translation>未知的出借方类型：%1</translation>
    </message>
    <message>
        <source>Choose or add the lender.</source>
        <translation>请选择或添加出借方。</translation>
    </message>
    <message>
        <source>Enter a name for this debt.</source>
        <translation>请为这笔债务输入名称。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY.</source>
        <translation>请使用三个字母的货币代码，例如 CNY。</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Say whether the rate is annual, monthly or daily.</source>
        <translation>请说明利率是年利率、月利率还是日利率。</translation>
    </message>
    <message>
        <source>Choose a repayment method.</source>
        <translation>请选择还款方式。</translation>
    </message>
    <message>
        <source>Choose what paying ahead should do.</source>
        <translation>请选择提前还款后的处理方式。</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>请选择状态。</translation>
    </message>
    <message>
        <source>The amount received is far above the amount borrowed.</source>
        <translation>实际到手金额远高于借款金额。</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is too large to keep as evidence.</source>
        <translation>%1 太大，无法作为证据保存。</translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation>%1 在复制过程中发生了变化。</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 已经附加在这里了。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>This file is not a JSON document.</source>
        <extracomment>format versions this reader understands</extracomment>
        <translation>此文件不是 JSON 文档。</translation>
    </message>
    <message>
        <source>This file is not a debttracker export.</source>
        <translation>此文件不是 debttracker 导出文件。</translation>
    </message>
    <message>
        <source>This export has format version %1; this app reads versions 1 to %2.</source>
        <translation>此导出文件的格式版本为 %1；本应用可读取版本 1 至 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The export does not say its schema.</source>
        <translation>导出文件没有注明其数据库结构版本。</translation>
    </message>
    <message>
        <source>This export comes from a newer version of debttracker; update the app.</source>
        <translation>此导出文件来自更新版本的 debttracker；请更新应用。</translation>
    </message>
    <message>
        <source>Table %1 is not a list of rows.</source>
        <translation>表 %1 不是行列表。</translation>
    </message>
    <message>
        <source>%1 is not a row.</source>
        <translation>%1 不是一行数据。</translation>
    </message>
    <message>
        <source>Unknown column: %1</source>
        <translation>未知的列：%1</translation>
    </message>
    <message>
        <source>Missing value: %1</source>
        <translation>缺少值：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Two rows have the same key: %1</source>
        <translation>两行的键相同：%1</translation>
    </message>
    <message>
        <source>%1 refers to a row that is not there.</source>
        <translation>%1 引用了一行不存在的数据。</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash.</source>
        <extracomment>values that become file names or hashes: (table, column) -&gt; (check, may be empty)</extracomment>
        <translation>%1 不是 SHA-256 哈希值。</translation>
    </message>
    <message>
        <source>%1 is not a plain file name.</source>
        <translation>%1 不是单纯的文件名。</translation>
    </message>
    <message>
        <source>The export holds no tables.</source>
        <translation>导出文件中没有任何表。</translation>
    </message>
    <message>
        <source>Unknown table: %1</source>
        <translation>未知的表：%1</translation>
    </message>
    <message>
        <source>This data directory already holds data. Import into an empty one, or replace the data (a backup is taken first).</source>
        <translation>此数据目录中已有数据。请导入到空目录，或替换现有数据（会先进行备份）。</translation>
    </message>
    <message>
        <source>Data appeared.</source>
        <translation>数据目录中出现了数据。</translation>
    </message>
    <message>
        <source>The export breaks a rule of the database (%1); nothing was imported.</source>
        <translation>导出文件违反了数据库规则（%1）；未导入任何内容。</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was imported.</source>
        <translation>导入失败（%1）；未导入任何内容。</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写一个值</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>the text is not valid Unicode</source>
        <translation>文本不是有效的 Unicode</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>expected a date like 2026-03-15</source>
        <translation>应为日期，例如 2026-03-15</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是真实存在的日期</translation>
    </message>
    <message>
        <source>expected a time like 2026-03-15T08:30:00+00:00</source>
        <translation>应为时间，例如 2026-03-15T08:30:00+00:00</translation>
    </message>
    <message>
        <source>not a real time</source>
        <translation>不是真实存在的时间</translation>
    </message>
    <message>
        <source>the time needs its UTC offset</source>
        <translation>时间需要带 UTC 偏移量</translation>
    </message>
    <message>
        <source>expected a decimal number as text</source>
        <translation>应为以文本表示的十进制数</translation>
    </message>
    <message>
        <source>expected a decimal number</source>
        <translation>应为十进制数</translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation>应为 base64 文本</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>压缩包 %1 已损坏。</translation>
    </message>
    <message>
        <source>The archive&apos;s list of evidence files is not valid.</source>
        <translation>压缩包中的证据文件清单无效。</translation>
    </message>
    <message>
        <source>The archive lists an unsafe file name: %1</source>
        <translation>压缩包列出了不安全的文件名：%1</translation>
    </message>
    <message>
        <source>This archive is not a debttracker export.</source>
        <translation>此压缩包不是 debttracker 导出文件。</translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the archive.</source>
        <translation>压缩包中没有证据文件 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 does not match its SHA-256.</source>
        <translation>证据文件 %1 与其 SHA-256 不符。</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Your data are in use by another program (another debttracker window or a command). Close it and try again; nothing was changed.</source>
        <extracomment>Lines of ``quick_check`` output kept in a report (a badly damaged file gives thousands).</extracomment>
        <translation>你的数据正被另一个程序使用（另一个 debttracker 窗口或命令）。请关闭后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is damaged, not new. It will be kept aside; you can restore your latest good backup.</source>
        <translation>%1 为空（0 字节）：文件已损坏，并非新数据。它将被另行保留；您可以恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <source>%1 is damaged. It will be kept aside untouched; you can restore your latest good backup.</source>
        <translation>%1 已损坏。它会被原样另行保留；你可以恢复最近一次完好的备份。</translation>
    </message>
    <message>
        <source>Cannot set %1 aside.</source>
        <translation>无法将 %1 移到一旁。</translation>
    </message>
</context>
<context>
    <name>irr</name>
    <message>
        <source>No interest rate exists for these cash flows.</source>
        <translation>这些现金流不存在对应的利率。</translation>
    </message>
    <message>
        <source>No interest rate exists: the cash flows need both money received and money paid.</source>
        <translation>不存在对应的利率：现金流中必须既有收到的钱，也有付出的钱。</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation>不存在 id 为 %2 的%1。</translation>
    </message>
    <message>
        <source>This lender still has debts.</source>
        <translation>这个出借方仍有债务。</translation>
    </message>
    <message>
        <source>The negotiation log still has records about this lender.</source>
        <translation>协商记录中仍有关于该出借方的记录。</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>已重组</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>诉讼中</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Credit-card issuer</source>
        <translation>信用卡发卡行</translation>
    </message>
    <message>
        <source>Consumer-finance company</source>
        <translation>消费金融公司</translation>
    </message>
    <message>
        <source>Microcredit company</source>
        <translation>小额贷款公司</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网贷平台</translation>
    </message>
    <message>
        <source>Person (family, friend)</source>
        <translation>个人（家人、朋友）</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Card bill instalments (账单分期)</source>
        <translation>账单分期</translation>
    </message>
    <message>
        <source>Personal loan</source>
        <translation>个人借款</translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation>等额本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等额本金</translation>
    </message>
    <message>
        <source>Interest first (先息后本)</source>
        <translation>先息后本</translation>
    </message>
    <message>
        <source>All at the end (一次性还本付息)</source>
        <translation>一次性还本付息</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待还</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Same end date, lower payments (月供减少)</source>
        <translation>期限不变，月供减少</translation>
    </message>
    <message>
        <source>Same payment, fewer months (期限缩短)</source>
        <translation>月供不变，期限缩短</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is too large to keep.</source>
        <translation>%1 太大，无法保存。</translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation>%1 在复制过程中发生了变化。</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Not an amount: %1</source>
        <extracomment>Amounts at or above this (one trillion yuan) are refused as typing mistakes.</extracomment>
        <translation>不是有效的金额：%1</translation>
    </message>
    <message>
        <source>Amount too large: %1</source>
        <translation>金额过大：%1</translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation>最多保留两位小数：%1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <extracomment>longer typed text is refused before any arithmetic (no Decimal overflow, no silent rounding)</extracomment>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>That is too long to be an amount.</source>
        <translation>太长了，不是有效的金额。</translation>
    </message>
    <message>
        <source>The amount cannot be negative: %1</source>
        <translation>金额不能为负数：%1</translation>
    </message>
</context>
<context>
    <name>negotiation</name>
    <message>
        <source>I contacted them</source>
        <translation>我联系了对方</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>对方联系了我</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>App chat</source>
        <translation>App 内聊天</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Extension (展期)</source>
        <translation>展期</translation>
    </message>
    <message>
        <source>Instalments (分期)</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Interest/penalty waiver (减免)</source>
        <translation>减免利息/罚息</translation>
    </message>
    <message>
        <source>Restructuring (债务重组)</source>
        <translation>债务重组</translation>
    </message>
    <message>
        <source>Deferral (延期)</source>
        <translation>延期还款</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>一次性结清</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>对方考虑中</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>对方提出方案</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已达成一致</translation>
    </message>
    <message>
        <source>Answered: we talked</source>
        <translation>已接听并通话</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未接听</translation>
    </message>
    <message>
        <source>Hung up before anyone spoke</source>
        <translation>未通话即挂断</translation>
    </message>
    <message>
        <source>I agreed to this time</source>
        <translation>这个时间是我同意的</translation>
    </message>
    <message>
        <source>Contacted family or address book</source>
        <translation>联系了家人或通讯录联系人</translation>
    </message>
    <message>
        <source>Claimed to be court or police</source>
        <translation>自称法院或公安</translation>
    </message>
    <message>
        <source>Asked to pay a personal account</source>
        <translation>要求转账到个人账户</translation>
    </message>
    <message>
        <source>Threats or insults</source>
        <translation>威胁或辱骂</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Stop penalty interest</source>
        <translation>停止计算罚息</translation>
    </message>
    <message>
        <source>Send the agreement</source>
        <translation>发送协议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待履行</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>展期</translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation>延期还款</translation>
    </message>
    <message>
        <source>Contact at night (22:00–08:00)</source>
        <translation>夜间联系（22:00–08:00）</translation>
    </message>
    <message>
        <source>Too many conversations in a day</source>
        <translation>单日通话次数过多</translation>
    </message>
    <message>
        <source>Too many unanswered calls in a day</source>
        <translation>单日未接来电过多</translation>
    </message>
    <message>
        <source>Impersonated court or police</source>
        <translation>冒充法院或公安</translation>
    </message>
    <message>
        <source>Demanded payment to a personal account</source>
        <translation>要求还款到个人账户</translation>
    </message>
    <message>
        <source>Other abuse</source>
        <translation>其他违规行为</translation>
    </message>
    <message>
        <source>Agreement instalment missed</source>
        <translation>协议分期未按时还款</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>协商中</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>已重组</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>诉讼中</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>Rule breach</source>
        <translation>违规行为</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>总结反思</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 (holiday calendar not yet published)</source>
        <translation>%1（节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation>非官方号码</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>已核实身份</translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation>未核实身份</translation>
    </message>
    <message>
        <source>%1 promised: %2, due %3 (%4)</source>
        <translation>%1 承诺：%2，%3 到期（%4）</translation>
    </message>
    <message>
        <source>%1: %2 over %3 months from %4 (terms version %5)</source>
        <translation>%1：%2，分 %3 个月，自 %4 起（条款版本 %5）</translation>
    </message>
    <message>
        <source>Agreement instalment %1 due %2 missed: %3 unpaid</source>
        <translation>协议第 %1 期（%2 到期）未按时还款：未还 %3</translation>
    </message>
    <message>
        <source>(reported to %1)</source>
        <translation>（已举报至 %1）</translation>
    </message>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%2 已还 %1</translation>
    </message>
    <message>
        <source>%1 · What worked: %2 · Next time: %3</source>
        <translation>%1 · 有效做法：%2 · 下次改进：%3</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>已添加证据：%1</translation>
    </message>
    <message>
        <source>Choose the lender.</source>
        <extracomment>a logged contact may be a little ahead of the clock (typing while the call ends)</extracomment>
        <translation>请选择出借方。</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>时间需要带时区。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>这个时间在将来。</translation>
    </message>
    <message>
        <source>Unknown direction: %1</source>
        <translation>未知的方向：%1</translation>
    </message>
    <message>
        <source>Unknown channel: %1</source>
        <translation>未知的渠道：%1</translation>
    </message>
    <message>
        <source>Write down the number or account they used.</source>
        <translation>请记下对方使用的号码或账号。</translation>
    </message>
    <message>
        <source>This number is not an official channel. Say how you verified who they are (for example: called back the official hotline).</source>
        <translation>这个号码不是官方渠道。请说明你是如何核实对方身份的（例如：回拨了官方客服热线）。</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>未知的请求：%1</translation>
    </message>
    <message>
        <source>Unknown outcome: %1</source>
        <translation>未知的结果：%1</translation>
    </message>
    <message>
        <source>Unknown flag.</source>
        <translation>未知的标记。</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>请写一段简短的摘要。</translation>
    </message>
    <message>
        <source>Who made the promise?</source>
        <translation>承诺是谁做出的？</translation>
    </message>
    <message>
        <source>Unknown kind of promise: %1</source>
        <translation>未知的承诺类型：%1</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>未知的状态：%1</translation>
    </message>
    <message>
        <source>Enter the amount promised.</source>
        <translation>请输入承诺的金额。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>请描述承诺的内容。</translation>
    </message>
    <message>
        <source>Working days must be between 1 and %1.</source>
        <translation>工作日数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Give a due date or a number of days.</source>
        <translation>请填写到期日期或天数。</translation>
    </message>
    <message>
        <source>The due date is before the promise.</source>
        <translation>到期日期早于承诺日期。</translation>
    </message>
    <message>
        <source>Choose the debt.</source>
        <translation>请选择债务。</translation>
    </message>
    <message>
        <source>Unknown kind of agreement: %1</source>
        <translation>未知的协议类型：%1</translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation>签订日期在将来。</translation>
    </message>
    <message>
        <source>The first instalment is due before the signing date.</source>
        <translation>首期还款日早于签订日期。</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>金额必须为正数。</translation>
    </message>
    <message>
        <source>The number of months must be 1 to %1.</source>
        <translation>月数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Not a valid rate.</source>
        <translation>不是有效的利率。</translation>
    </message>
    <message>
        <source>Deferral must be 1 to 120 months.</source>
        <translation>延期必须为 1 到 120 个月。</translation>
    </message>
    <message>
        <source>Nothing is left to defer on this debt.</source>
        <translation>这笔债务已没有可以延期的部分。</translation>
    </message>
    <message>
        <source>Enter the settlement amount.</source>
        <translation>请输入一次性结清金额。</translation>
    </message>
    <message>
        <source>The settlement is more than the amount owed.</source>
        <translation>结清金额超过了欠款金额。</translation>
    </message>
    <message>
        <source>A waived amount cannot be negative.</source>
        <translation>减免金额不能为负数。</translation>
    </message>
    <message>
        <source>Unknown kind of incident: %1</source>
        <translation>未知的催收事件类型：%1</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述发生了什么。</translation>
    </message>
    <message>
        <source>The report date is before the incident.</source>
        <translation>举报日期早于事件发生日期。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>这个日期在将来。</translation>
    </message>
    <message>
        <source>Write what worked or what you would do differently.</source>
        <translation>请写下有效的做法，或下次会怎么做。</translation>
    </message>
    <message>
        <source>This %1 no longer exists (id %2).</source>
        <extracomment>record kind -&gt; table, for capture / restore / remove</extracomment>
        <translation>这条%1已不存在（id %2）。</translation>
    </message>
    <message>
        <source>This debt is with another lender.</source>
        <translation>这笔债务属于另一个出借方。</translation>
    </message>
    <message>
        <source>This agreement can no longer be taken back: newer terms or payments depend on it.</source>
        <translation>这份协议已无法撤回：之后的条款或还款依赖于它。</translation>
    </message>
</context>
<context>
    <name>overdue</name>
    <message>
        <source>Grace days cannot be negative: %1</source>
        <translation>宽限期天数不能为负数：%1</translation>
    </message>
    <message>
        <source>The penalty uplift cannot be negative: %1</source>
        <translation>罚息上浮比例不能为负数：%1</translation>
    </message>
</context>
<context>
    <name>payoff</name>
    <message>
        <source>Unknown strategy: %1</source>
        <translation>未知的策略：%1</translation>
    </message>
    <message>
        <source>Debt %1 is listed twice</source>
        <translation>债务 %1 被列出了两次</translation>
    </message>
    <message>
        <source>%1: amounts and rates cannot be negative</source>
        <translation>%1：金额和利率不能为负数</translation>
    </message>
    <message>
        <source>The monthly amount cannot be negative: %1</source>
        <translation>每月金额不能为负数：%1</translation>
    </message>
    <message>
        <source>Months start at 1, not %1</source>
        <translation>月份从 1 开始，而不是 %1</translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation>%1 的钱比应还金额少 %2；未还：%3。未还部分将逾期并产生罚息。</translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. The biggest gap is in %4: short by %5; not paid: %6. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation>%1 的钱比应还金额少 %2；未还：%3。缺口最大的是 %4：少 %5；未还：%6。未还部分将逾期并产生罚息。</translation>
    </message>
    <message>
        <source>Not paid off within %1 months at this amount</source>
        <translation>按此金额，%1 个月内无法还清</translation>
    </message>
    <message>
        <source>The payments do not cover the interest: these debts would never be paid off: %1</source>
        <translation>还款不足以覆盖利息，这些债务永远无法还清：%1</translation>
    </message>
</context>
<context>
    <name>prepay</name>
    <message>
        <source>No open instalment after number %1</source>
        <translation>第 %1 期之后没有未还的分期</translation>
    </message>
    <message>
        <source>The payoff date must fall between %1 and %2</source>
        <translation>还清日期必须在 %1 和 %2 之间</translation>
    </message>
    <message>
        <source>The prepayment must be between 0.01 and the balance %1</source>
        <translation>提前还款金额必须在 0.01 和余额 %1 之间</translation>
    </message>
    <message>
        <source>Keeping the payment applies only to annuity and equal-principal loans.</source>
        <translation>保持月供不变只适用于等额本息和等额本金贷款。</translation>
    </message>
</context>
<context>
    <name>rate</name>
    <message>
        <source>Day basis must be 360 or 365, not %1</source>
        <extracomment>Refuse rates whose annual equivalent reaches this (10,000 %): a typing mistake.</extracomment>
        <translation>计息天数必须是 360 或 365，而不是 %1</translation>
    </message>
    <message>
        <source>Not a valid rate: %1</source>
        <translation>不是有效的利率：%1</translation>
    </message>
    <message>
        <source>Not a rate: %1</source>
        <translation>不是利率：%1</translation>
    </message>
    <message>
        <source>Enter a rate.</source>
        <translation>请输入利率。</translation>
    </message>
    <message>
        <source>That is too long to be a rate.</source>
        <translation>太长了，不是有效的利率。</translation>
    </message>
    <message>
        <source>A rate cannot be negative: %1</source>
        <translation>利率不能为负数：%1</translation>
    </message>
    <message>
        <source>Rate too high to be real: %1</source>
        <translation>利率过高，不可能是真实的：%1</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Days before cannot be negative</source>
        <translation>提前天数不能为负数</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is due on %3: %4</source>
        <translation>%2 第 %1 期将于 %3 到期：%4</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is due today: %3</source>
        <translation>%2 第 %1 期今天到期：%3</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is overdue since %3: %4</source>
        <translation>%2 第 %1 期自 %3 起逾期：%4</translation>
    </message>
    <message>
        <source>Your promise is overdue since %1: %2</source>
        <translation>你的承诺自 %1 起逾期：%2</translation>
    </message>
    <message>
        <source>Your promise is due today: %1</source>
        <translation>你的承诺今天到期：%1</translation>
    </message>
    <message>
        <source>The lender&apos;s promise is due today: %1</source>
        <translation>出借方的承诺今天到期：%1</translation>
    </message>
    <message>
        <source>The lender did not keep its promise: %1</source>
        <translation>出借方没有履行承诺：%1</translation>
    </message>
    <message>
        <source>%1: payment due on %2, minimum %3</source>
        <translation>%1：%2 还款日，最低还款 %3</translation>
    </message>
    <message>
        <source>Days of the month are 1 to 31</source>
        <translation>每月的日期为 1 到 31</translation>
    </message>
    <message>
        <source>Statement day of %1</source>
        <translation>%1 账单日</translation>
    </message>
    <message>
        <source>%1: payment due on %2</source>
        <translation>%1：%2 还款日</translation>
    </message>
    <message>
        <source>The current time has no time zone</source>
        <translation>当前时间没有时区</translation>
    </message>
    <message>
        <source>Instalment %1 of %2: %3</source>
        <translation>%2 第 %1 期：%3</translation>
    </message>
    <message>
        <source>My promise: %1</source>
        <translation>我的承诺：%1</translation>
    </message>
    <message>
        <source>Lender&apos;s promise: %1</source>
        <translation>出借方的承诺：%1</translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation>账单日：%1</translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation>信用卡还款日：%1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>debttracker dues</source>
        <translation>debttracker 还款日程</translation>
    </message>
    <message>
        <source>Mark reminder done</source>
        <translation>标记提醒为已处理</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>已推迟到 %1</translation>
    </message>
    <message>
        <source>Instalment coming up</source>
        <translation>即将到期的分期</translation>
    </message>
    <message>
        <source>Instalment due today</source>
        <translation>今天到期的分期</translation>
    </message>
    <message>
        <source>Instalment overdue</source>
        <translation>已逾期的分期</translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation>今天到期的承诺</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>已逾期的承诺</translation>
    </message>
    <message>
        <source>Follow up a promise</source>
        <translation>跟进承诺</translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation>信用卡账单日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡还款日</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 reminders from debttracker</source>
        <translation>debttracker 的 %1 条提醒</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……还有 %1 项</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>how long a call may block the UI thread when the server hangs (it answers in ~1 ms)</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 小时后再提醒</translation>
    </message>
    <message>
        <source>debttracker</source>
        <translation>debttracker</translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Keep between 0 and %1 backups per period.</source>
        <extracomment>More than this many of one kind of period is surely a typing mistake. Setting keys (the ``setting`` table) that override the defaults.</extracomment>
        <translation>每个周期保留 0 到 %1 份备份。</translation>
    </message>
    <message>
        <source>Not a whole number of backups: %1</source>
        <translation>备份数量不是整数：%1</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>Unknown sample scale: %1 (use small or large)</source>
        <extracomment>sub-generators, in the order they run</extracomment>
        <translation>未知的示例数据规模：%1（请使用 small 或 large）</translation>
    </message>
    <message>
        <source>This data directory already has debts; sample data go only into an empty one. Use a new data directory (--data-dir) to explore.</source>
        <translation>此数据目录中已有债务；示例数据只能放入空目录。请使用新的数据目录（--data-dir）来体验。</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>The principal must be a positive amount: %1</source>
        <translation>本金必须是正数：%1</translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation>最多保留两位小数：%1</translation>
    </message>
    <message>
        <source>The term must be 1 to %1 months, not %2</source>
        <translation>期限必须为 1 到 %1 个月，而不是 %2</translation>
    </message>
    <message>
        <source>The payment does not cover the interest; the loan would never be repaid.</source>
        <translation>每期还款不足以覆盖利息，这笔贷款永远还不完。</translation>
    </message>
    <message>
        <source>Unknown repayment method: %1</source>
        <translation>未知的还款方式：%1</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>This data was written by a newer version of debttracker (schema %1). Please update the app; the file was left untouched.</source>
        <translation>这些数据由更新版本的 debttracker 写入（数据库版本 %1）。请更新应用；文件未做任何改动。</translation>
    </message>
    <message>
        <source>the app is open on this data directory; close it first</source>
        <translation>应用正在使用此数据目录；请先关闭它</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：没有保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved. Check its permissions.</source>
        <translation>数据文件夹为只读：没有保存任何内容。请检查其权限。</translation>
    </message>
    <message>
        <source>The data are in use by another program and stayed locked: nothing was saved. Try again in a moment.</source>
        <translation>数据正被另一个程序使用并一直处于锁定状态：没有保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is not a debttracker database or is damaged.</source>
        <translation>%1 不是 debttracker 数据库，或已损坏。</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Avalanche</source>
        <translation>雪崩法</translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation>雪球法</translation>
    </message>
    <message>
        <source>Penalty first</source>
        <translation>先还罚息</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>我的顺序</translation>
    </message>
    <message>
        <source>Minimums only</source>
        <translation>只还最低</translation>
    </message>
</context>
<context>
    <name>workdays</name>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 不在 %2 中</translation>
    </message>
    <message>
        <source>The official holiday schedule for %1 is not published yet; dates in %1 assume only weekends are days off</source>
        <translation>%1 年的官方节假日安排尚未公布；%1 年的日期仅按周末休息计算</translation>
    </message>
    <message>
        <source>Working days must be between 0 and %1</source>
        <translation>工作日数必须在 0 到 %1 之间</translation>
    </message>
</context>
</TS>
