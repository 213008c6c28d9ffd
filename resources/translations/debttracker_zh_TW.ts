<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <source>Log contact</source>
        <translation>記錄聯絡</translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation>記錄承諾</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>記錄協議</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>記錄催收事件</translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation>新增總結反思</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>刪除%1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>承諾：%1</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>協商紀錄</translation>
    </message>
    <message>
        <source>Select a contact, promise, agreement or incident first, then attach the file to it.</source>
        <translation>請先選取一條聯絡紀錄、承諾、協議或催收事件，再把檔案附加到它上面。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加證據</translation>
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
        <translation>%2 個證據檔案中有 %1 個與存檔時不一致：</translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation>全部 %1 個證據檔案均與其 SHA-256 校驗值一致。</translation>
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
        <translation>何時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Follow up now</source>
        <translation>現在跟進</translation>
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
        <translation>%1 天後</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>分期到期</translation>
    </message>
    <message>
        <source>My promise</source>
        <translation>我的承諾</translation>
    </message>
    <message>
        <source>Reply promised by the lender</source>
        <translation>出借方承諾的答覆</translation>
    </message>
    <message>
        <source>Follow up the lender&apos;s promise</source>
        <translation>跟進出借方的承諾</translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation>信用卡帳單日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡繳款日</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda: the next %1 days</source>
        <translation>行程：未來 %1 天</translation>
    </message>
    <message>
        <source>Agenda for the next %1 days</source>
        <translation>未來 %1 天的行程</translation>
    </message>
    <message>
        <source>Due dates, promises and follow-ups, by date. Press Enter to open one.</source>
        <translation>依日期列出的到期日、承諾和跟進事項。按 Enter 鍵開啟。</translation>
    </message>
    <message>
        <source>Nothing is due, promised or to follow up in the next %1 days.</source>
        <translation>未來 %1 天內沒有到期、承諾或需要跟進的事項。</translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation>無法讀取行程：%1</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Enter the interest rate of the agreement (type 0 if it charges no interest).</source>
        <translation>請填寫協議約定的利率（不收利息請填 0）。</translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation>記錄協議</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>New terms</source>
        <translation>新條款</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>簽訂日期</translation>
    </message>
    <message>
        <source>Amount restructured</source>
        <translation>重組金額</translation>
    </message>
    <message>
        <source>Owed on the signing date</source>
        <translation>簽訂日的欠款</translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation>分期期數（月）</translation>
    </message>
    <message>
        <source>Deferred by (months)</source>
        <translation>延期月數</translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation>首期還款日</translation>
    </message>
    <message>
        <source>Interest under the agreement</source>
        <translation>協議利率</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>一次性結清金額</translation>
    </message>
    <message>
        <source>Interest waived</source>
        <translation>減免利息</translation>
    </message>
    <message>
        <source>Penalty waived</source>
        <translation>減免罰息</translation>
    </message>
    <message>
        <source>Fees waived</source>
        <translation>減免費用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>新還款計畫</translation>
    </message>
    <message>
        <source>Principal left: %1</source>
        <translation>剩餘本金：%1</translation>
    </message>
    <message>
        <source>Interest already due: %1</source>
        <translation>已到期利息：%1</translation>
    </message>
    <message>
        <source>Penalty interest and late fees: %1</source>
        <translation>罰息和滯納金：%1</translation>
    </message>
    <message>
        <source>Fees due: %1</source>
        <translation>應付費用：%1</translation>
    </message>
    <message>
        <source>In all: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Nothing left to schedule.</source>
        <translation>沒有剩餘需要安排的還款。</translation>
    </message>
    <message>
        <source>%1 instalments from %2 to %3, first %4, in all %5</source>
        <translation>共 %1 期，%2 至 %3，首期 %4，合計 %5</translation>
    </message>
    <message>
        <source>The lender gives up %1.</source>
        <translation>出借方減免 %1。</translation>
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
        <translation>手動</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>已備份：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
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
        <translation>按此金額無法還清</translation>
    </message>
    <message>
        <source>Debt-free: %1</source>
        <translation>還清日期：%1</translation>
    </message>
    <message>
        <source>What you still owe, month by month</source>
        <translation>每月仍欠金額</translation>
    </message>
    <message>
        <source>%1 other debts</source>
        <translation>其他 %1 筆債務</translation>
    </message>
</context>
<context>
    <name>BudgetCategory</name>
    <message>
        <source>Salary</source>
        <extracomment>kind -&gt; (category key, English name, essential by default)</extracomment>
        <translation>薪資</translation>
    </message>
    <message>
        <source>Side work</source>
        <translation>副業收入</translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation>家人資助</translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation>補貼與津貼</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Rent and housing</source>
        <translation>房租與住房</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>餐飲</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation>水電瓦斯與電話費</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>醫療</translation>
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
        <translation>保險</translation>
    </message>
    <message>
        <source>Supporting parents</source>
        <translation>贍養父母</translation>
    </message>
    <message>
        <source>Leisure and eating out</source>
        <translation>休閒與外食</translation>
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
        <translation>修改預算項</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>新增預算項</translation>
    </message>
    <message>
        <source>e.g. Salary, Rent, School fees</source>
        <translation>例如：薪資、房租、學費</translation>
    </message>
    <message>
        <source>e.g. 2,200 or 1.2万</source>
        <translation>例如：2,200 或 1.2萬</translation>
    </message>
    <message>
        <source>Leave empty until you know</source>
        <translation>不確定時可先留空</translation>
    </message>
    <message>
        <source>Essential: must be paid before any debt</source>
        <translation>必要支出：須先於任何債務支付</translation>
    </message>
    <message>
        <source>Repeats every month until changed</source>
        <translation>每月重複，直到修改</translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation>收入或支出</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Planned per month</source>
        <translation>每月計畫</translation>
    </message>
    <message>
        <source>Actual in %1</source>
        <translation>%1 實際</translation>
    </message>
    <message>
        <source>Changes apply from %1 on; earlier months keep what they were.</source>
        <translation>修改從 %1 起生效，之前的月份保持不變。</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Item</source>
        <extracomment>the user ticked or cleared &quot;essential&quot; on a line: (line id, essential)</extracomment>
        <translation>項目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>No actual amount yet; the plan counts.</source>
        <translation>尚無實際金額，按計畫計算。</translation>
    </message>
    <message>
        <source>This month only</source>
        <translation>僅本月</translation>
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
        <translation>無法儲存修改：%1</translation>
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
        <translation>上個月（Alt+←）</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>下個月（Alt+→）</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Copy last month&apos;s plan</source>
        <translation>複製上月計畫</translation>
    </message>
    <message>
        <source>Copy last month&apos;s one-off lines into this month</source>
        <translation>把上個月的一次性項目複製到本月</translation>
    </message>
    <message>
        <source>Your situation…</source>
        <translation>我的情況…</translation>
    </message>
    <message>
        <source>Export statement…</source>
        <translation>匯出收支明細表…</translation>
    </message>
    <message>
        <source>Know your position first</source>
        <translation>先弄清自己的財務狀況</translation>
    </message>
    <message>
        <source>Before asking a lender for anything, write down your monthly income and your essential spending (rent, food, transport, medical, children). What is left is what you can honestly offer.</source>
        <translation>在向出借方提出任何請求之前，先寫下每月收入和必要支出（房租、餐飲、交通、醫療、子女）。剩下的部分，就是你能如實提出的還款金額。</translation>
    </message>
    <message>
        <source>Add your income</source>
        <translation>新增收入</translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>新增項目…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove from this month on</source>
        <translation>從本月起刪除</translation>
    </message>
    <message>
        <source>Nothing planned for this month yet: add a line, or copy last month&apos;s plan.</source>
        <translation>本月還沒有任何計畫：新增一個項目，或複製上月計畫。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>新增「%1」</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改「%1」</translation>
    </message>
    <message>
        <source>Mark “%1” essential</source>
        <translation>將「%1」標為必要支出</translation>
    </message>
    <message>
        <source>Mark “%1” not essential</source>
        <translation>將「%1」標為非必要支出</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <source>Removed “%1” from %2 on. Undo with Ctrl+Z.</source>
        <translation>已從 %2 起刪除「%1」。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Nothing to copy: this month already has everything planned in %1.</source>
        <translation>無可複製內容：本月已包含 %1 的全部計畫項目。</translation>
    </message>
    <message>
        <source>Copy the plan of %1</source>
        <translation>複製 %1 的計畫</translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation>修改情況說明</translation>
    </message>
    <message>
        <source>Statement saved to %1</source>
        <translation>收支明細表已儲存到 %1</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>The bill</source>
        <extracomment>DebtForm fields the card part fills</extracomment>
        <translation>帳單</translation>
    </message>
    <message>
        <source>The card&apos;s rules</source>
        <translation>卡的規則</translation>
    </message>
    <message>
        <source>Defaults: 10 % of purchases + all fees, interest and 分期, at least 10; 违约金 5 % of the unpaid minimum. Your card contract may differ.</source>
        <translation>預設：消費金額的 10% + 全部費用、利息和分期，最低 10；違約金為未還最低還款額的 5%。以您的信用卡合約為準。</translation>
    </message>
    <message>
        <source>Statement balance (账单金额)</source>
        <translation>帳單金額</translation>
    </message>
    <message>
        <source>Minimum payment (最低还款额)</source>
        <translation>最低還款額</translation>
    </message>
    <message>
        <source>as printed; empty: by the rule</source>
        <translation>按帳單填寫；留空則按規則計算</translation>
    </message>
    <message>
        <source>Statement date (账单日)</source>
        <translation>帳單日</translation>
    </message>
    <message>
        <source>Payment due date (到期还款日)</source>
        <translation>到期還款日</translation>
    </message>
    <message>
        <source>Of which fees, interest, 违约金</source>
        <translation>其中費用、利息、違約金</translation>
    </message>
    <message>
        <source>Of which this month&apos;s 分期 instalment</source>
        <translation>其中本月分期還款額</translation>
    </message>
    <message>
        <source>Interest runs from (记账日)</source>
        <translation>起息日（記帳日）</translation>
    </message>
    <message>
        <source>earliest posting; empty: the statement date</source>
        <translation>最早的記帳日；留空則為帳單日</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>帳單日</translation>
    </message>
    <message>
        <source>Payment due day</source>
        <translation>還款日</translation>
    </message>
    <message>
        <source>from the bill&apos;s dates</source>
        <translation>取自帳單日期</translation>
    </message>
    <message>
        <source>Minimum: % of purchases</source>
        <translation>最低還款：消費金額的 %</translation>
    </message>
    <message>
        <source>Minimum at least</source>
        <translation>最低還款額下限</translation>
    </message>
    <message>
        <source>违约金: % of the unpaid minimum</source>
        <translation>違約金：未還最低還款額的 %</translation>
    </message>
    <message>
        <source>Tolerance (容差)</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Minimum %1 by %2 (the card&apos;s rule gives %3); pay %4 by then and the bill costs no interest, else %5 a day on it.</source>
        <translation>最低還款額 %1，須在 %2 前還款（按卡的規則為 %3）；屆時還清 %4 則本期免息，否則每天計息 %5。</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Case file</source>
        <translation>案件資料</translation>
    </message>
    <message>
        <source>A PDF with the timeline, promises, agreements, incidents and the debt&apos;s figures and true APR, and a ZIP of the evidence with a SHA-256 manifest: ready for a complaint to the lender, 12378 or 12363, a mediator or a lawyer.</source>
        <translation>一份 PDF，包含時間軸、承諾、協議、催收事件以及債務資料和實際年化利率；另附一個證據 ZIP 壓縮包及 SHA-256 清單。可直接用於向出借方、12378、12363、調解員或律師投訴或諮詢。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>儲存位置</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Save the case file in</source>
        <translation>選擇案件資料的儲存位置</translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>請選擇儲存資料夾。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>已儲存 %1 和 %2。</translation>
    </message>
    <message>
        <source>Warning: %1 evidence files are missing or altered; the manifest says which.</source>
        <translation>警告：有 %1 個證據檔案缺失或被改動，清單中有詳細說明。</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>not paid off</source>
        <translation>無法還清</translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation>還清日期</translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation>利息總額</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>記錄一次聯絡</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>編輯聯絡紀錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation>（不針對某筆債務）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>the number or account they used</source>
        <translation>對方使用的號碼或帳號</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>號碼或帳號</translation>
    </message>
    <message>
        <source>my number they called</source>
        <translation>對方撥打的我的號碼</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>我的號碼</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通話情況</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>對方姓名</translation>
    </message>
    <message>
        <source>I verified who they are</source>
        <translation>我已核實對方身分</translation>
    </message>
    <message>
        <source>how, e.g. called back the hotline</source>
        <translation>如何核實，例如：回撥官方客服熱線</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation>我提出的請求</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>對方的答覆</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Not an official channel of this lender (on record: %1). Verify who they are before you act or pay:</source>
        <translation>這不是該出借方的官方管道（已登記：%1）。在採取行動或付款前，請先核實對方身分：</translation>
    </message>
    <message>
        <source>No official number of this lender is on record in the ledger. Verify who they are before you act or pay:</source>
        <translation>帳本中沒有該出借方的官方號碼。在採取行動或付款前，請先核實對方身分：</translation>
    </message>
</context>
<context>
    <name>CostlyModel</name>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>實際年化利率</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Import debts or payments</source>
        <translation>匯入債務或還款紀錄</translation>
    </message>
    <message>
        <source>Export the debts table</source>
        <translation>匯出債務表</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>匯出還款計畫</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>正在匯入 %1 列…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>你的資料檔案已損壞</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restore it? The damaged file is kept aside, never deleted.</source>
        <translation>最近一次完好的備份來自 %1。要還原嗎？損壞的檔案會另行保留，絕不刪除。</translation>
    </message>
    <message>
        <source>No good backup was found. The damaged file is left as it is; you can restore a backup file from elsewhere with Restore…</source>
        <translation>沒有找到完好的備份。損壞的檔案保持原樣；你可以透過「還原…」從其他位置還原備份檔案。</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>還原最近的備份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now</source>
        <extracomment>emitted after a restore or an import replaced the data: the window reopens the store</extracomment>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>還原備份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>匯出全部資料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>匯入資料(&amp;I)…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved in %1.</source>
        <translation>今天的備份已儲存在 %1。</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今天的備份未能完成：%1</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>匯出全部資料</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 壓縮檔 (*.zip)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>All data exported to %1.</source>
        <translation>全部資料已匯出到 %1。</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <source>debttracker exports (*.zip *.json)</source>
        <translation>debttracker 匯出檔案 (*.zip *.json)</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>匯入遭拒</translation>
    </message>
    <message>
        <source>Data imported from %1; the previous data were backed up first.</source>
        <translation>已從 %1 匯入資料；原有資料已先行備份。</translation>
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
        <translation>記錄還款…</translation>
    </message>
    <message>
        <source>Edit debt…</source>
        <translation>編輯債務…</translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation>刪除債務</translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation>匯出還款計畫…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>Edit payment…</source>
        <translation>編輯還款…</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>刪除還款</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>開啟憑證</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>還款紀錄</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation>今日應還</translation>
    </message>
    <message>
        <source>This payment has no receipt kept.</source>
        <translation>這筆還款沒有保存憑證。</translation>
    </message>
    <message>
        <source>The receipt %1 is not in the evidence folder.</source>
        <translation>憑證 %1 不在證據資料夾中。</translation>
    </message>
    <message>
        <source>Choose a debt in the list to see its schedule.</source>
        <translation>在清單中選擇一筆債務即可檢視其還款計畫。</translation>
    </message>
    <message>
        <source>official hotline %1</source>
        <translation>官方熱線 %1</translation>
    </message>
    <message>
        <source>Borrowed / received</source>
        <translation>借款金額 / 實際收到</translation>
    </message>
    <message>
        <source>Interest: paid / still to pay</source>
        <translation>利息：已付 / 待付</translation>
    </message>
    <message>
        <source>Fees: paid / still to pay</source>
        <translation>費用：已付 / 待付</translation>
    </message>
    <message>
        <source>Penalty paid</source>
        <translation>已付罰息</translation>
    </message>
    <message>
        <source>Interest and fees over the whole term</source>
        <translation>全期利息和費用</translation>
    </message>
    <message>
        <source>True APR (all fees, IRR)</source>
        <translation>實際年化利率（含全部費用，IRR）</translation>
    </message>
    <message>
        <source>above this line ⚠</source>
        <translation>高於此線 ⚠</translation>
    </message>
    <message>
        <source>within</source>
        <translation>未超過</translation>
    </message>
    <message>
        <source>At %1 the same loan would cost %2 a month for %3 months, saving %4.</source>
        <translation>按 %1 計算，同樣的借款每月還 %2，共 %3 個月，可省 %4。</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>還價方案</translation>
    </message>
    <message>
        <source>Nothing is late on this debt today.</source>
        <translation>這筆債務今天沒有逾期。</translation>
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
        <translation>應還本金</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>應還利息</translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation>罰息和滯納金</translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation>應付費用</translation>
    </message>
    <message>
        <source>To bring it up to date</source>
        <translation>補齊逾期需還</translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation>尚未到期的本金</translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation>%1 的帳單</translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation>最低還款額</translation>
    </message>
    <message>
        <source>Payment due date</source>
        <translation>到期還款日</translation>
    </message>
    <message>
        <source>Paid since the statement</source>
        <translation>出帳後已還</translation>
    </message>
    <message>
        <source>Late fee (违约金) on the unpaid minimum</source>
        <translation>未還最低還款額的違約金</translation>
    </message>
    <message>
        <source>Owed on the card today</source>
        <translation>今日該卡共欠</translation>
    </message>
    <message>
        <source>Paid in full by the due date, the statement costs no interest.</source>
        <translation>到期還款日前全額還款，本期帳單免息。</translation>
    </message>
    <message>
        <source>Not paid in full by the due date: interest runs on the whole statement from its posting date, then on what is left, at the card&apos;s daily rate; fees bear none.</source>
        <translation>到期還款日前未全額還款：按卡的日利率，自記帳日起對全部帳單金額計息，還款後對剩餘部分計息；費用不計息。</translation>
    </message>
    <message>
        <source>Revolving interest to today</source>
        <translation>截至今天的循環利息</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <extracomment>loan fields a card (its statement stands for them) and a 账单分期 do not use</extracomment>
        <translation>編輯債務</translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation>新增債務</translation>
    </message>
    <message>
        <source>The debt</source>
        <translation>債務資訊</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>借款條款</translation>
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
        <translation>名稱</translation>
    </message>
    <message>
        <source>e.g. car loan, 借呗, card ending 1234</source>
        <translation>例如：車貸、借唄、尾號 1234 的信用卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation>借款金額</translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation>實際收到金額</translation>
    </message>
    <message>
        <source>if less was paid out (砍头息)</source>
        <translation>實際收到少於借款時填寫（砍頭息）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>借款日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>期數（月）</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>還款方式</translation>
    </message>
    <message>
        <source>Paying ahead</source>
        <translation>提前還款</translation>
    </message>
    <message>
        <source>What money beyond what is due does to the rest of the schedule.</source>
        <translation>超出應還金額的部分，對之後的還款計畫如何處理。</translation>
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
        <translation>一次性前期費用</translation>
    </message>
    <message>
        <source>Fee each month</source>
        <translation>每月費用</translation>
    </message>
    <message>
        <source>Due day of month</source>
        <translation>每月還款日</translation>
    </message>
    <message>
        <source>1–31; short months use their last day</source>
        <translation>1–31；小月按當月最後一天</translation>
    </message>
    <message>
        <source>When the due day differs from the start day, the first period is shorter or longer than a month: its interest is the daily rate times its actual days.</source>
        <translation>還款日與借款日不同時，首期不足或超過一個月：首期利息按日利率乘以實際天數計算。</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>寬限期（天）</translation>
    </message>
    <message>
        <source>Penalty uplift %</source>
        <translation>罰息加碼 %</translation>
    </message>
    <message>
        <source>Unpaid interest also bears penalty (复利)</source>
        <translation>未付利息也計罰息（複利）</translation>
    </message>
    <message>
        <source>Late fee, fixed</source>
        <translation>滯納金（固定金額）</translation>
    </message>
    <message>
        <source>Late fee % of amount late</source>
        <translation>滯納金（逾期金額的 %）</translation>
    </message>
    <message>
        <source>Credit card: as the bill reads</source>
        <translation>信用卡：按帳單填寫</translation>
    </message>
    <message>
        <source>Fee each period (分期手续费)</source>
        <translation>每期手續費（分期手續費）</translation>
    </message>
    <message>
        <source>Fill in the marked fields to see the schedule.</source>
        <translation>填寫帶標記的項目即可檢視還款計畫。</translation>
    </message>
    <message>
        <source>First payment %1 · total interest %2 · %3 payments · true APR %4</source>
        <translation>首期 %1 · 利息總額 %2 · 共 %3 期 · 實際年化利率 %4</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation>應還日</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>發生未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong. What you were doing was not saved half-way: your data are safe. The details below were also written to %1.</source>
        <translation>出了點問題。剛才的操作不會只儲存一半：你的資料是安全的。以下詳細資訊也已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>ExportChartButton</name>
    <message>
        <source>Export chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation>將目前圖表儲存為 PNG 圖片或 SVG 向量圖</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation>無法將圖表儲存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>A new language applies the next time debttracker starts.</source>
        <translation>新的語言將在下次啟動 debttracker 時生效。</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>關閉視窗後繼續在系統匣中執行</translation>
    </message>
</context>
<context>
    <name>HardshipDialog</name>
    <message>
        <source>Explain your situation</source>
        <extracomment>writes the statement: (first, last, hardship text, &quot;pdf&quot;/&quot;csv&quot;, path); raises on failure</extracomment>
        <translation>說明你的情況</translation>
    </message>
    <message>
        <source>In your own words: what happened (job loss, illness, lower income...), since when, and what you can pay. This goes into the statement for %1 and later months until you change it.</source>
        <translation>用你自己的話說明：發生了什麼（失業、生病、收入下降……）、從什麼時候開始，以及你能還多少。這段說明會寫入 %1 及之後各月的收支明細表，直到你修改為止。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems (marked ✗). Nothing will be imported; correct the file and open it again.</source>
        <translation>%2 列中有 %1 列有問題（標記為 ✗）。不會匯入任何內容；請修正檔案後重新開啟。</translation>
    </message>
    <message>
        <source>All %1 rows are good. Import writes them all at once (undo with Ctrl+Z).</source>
        <translation>全部 %1 列均無問題。匯入會一次寫入全部內容（按 Ctrl+Z 可復原）。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
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
        <translation>行號</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident</source>
        <translation>記錄催收事件</translation>
    </message>
    <message>
        <source>(unknown caller)</source>
        <translation>（來電者不明）</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>e.g. the lender, 12378, 110</source>
        <translation>例如：出借方、12378、110</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已舉報至</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>舉報日期</translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Add lender %1</source>
        <translation>新增出借方 %1</translation>
    </message>
    <message>
        <source>Edit lender %1</source>
        <translation>編輯出借方 %1</translation>
    </message>
    <message>
        <source>Delete lender %1</source>
        <translation>刪除出借方 %1</translation>
    </message>
    <message>
        <source>Add debt %1</source>
        <translation>新增債務 %1</translation>
    </message>
    <message>
        <source>Edit debt %1</source>
        <translation>編輯債務 %1</translation>
    </message>
    <message>
        <source>Delete debt %1</source>
        <translation>刪除債務 %1</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>記錄還款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>編輯還款</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>刪除還款</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>匯入 %1 列</translation>
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
        <translation>債務</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次還款日</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>應還金額</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Penalty today</source>
        <translation>今日罰息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>True APR</source>
        <translation>實際年化利率</translation>
    </message>
    <message>
        <source>Above the %1 line that applies to this lender (information, not legal advice).</source>
        <translation>高於適用於該出借方的 %1 紅線（僅供參考，並非法律意見）。</translation>
    </message>
    <message>
        <source>Revolving interest %1 + late fee (违约金) %2</source>
        <translation>循環利息 %1 + 違約金 %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>應還日</translation>
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
        <translation>費用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已還</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罰息</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>憑證</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>No debts recorded yet</source>
        <translation>還沒有記錄任何債務</translation>
    </message>
    <message>
        <source>Each debt you add here gets its repayment schedule, its days overdue, its penalty interest and its true annual cost with every fee included.</source>
        <translation>在這裡新增的每筆債務，都會生成還款計畫，並計算逾期天數、罰息，以及包含全部費用的實際年化成本。</translation>
    </message>
    <message>
        <source>Add a debt…</source>
        <translation>新增債務…</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>用範例資料體驗</translation>
    </message>
    <message>
        <source>Add debt…</source>
        <translation>新增債務…</translation>
    </message>
    <message>
        <source>Add lender…</source>
        <translation>新增出借方…</translation>
    </message>
    <message>
        <source>Lenders…</source>
        <translation>出借方…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>匯入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>All debts</source>
        <translation>全部債務</translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation>尚未結清</translation>
    </message>
    <message>
        <source>Search lender or debt</source>
        <translation>搜尋出借方或債務</translation>
    </message>
    <message>
        <source>Total owed: %1</source>
        <translation>欠款總額：%1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 筆逾期</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <source>Edit lender</source>
        <translation>編輯出借方</translation>
    </message>
    <message>
        <source>Add lender</source>
        <translation>新增出借方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>官方客服熱線</translation>
    </message>
    <message>
        <source>from the card, contract or official app</source>
        <translation>從卡片、合約或官方 App 上查詢</translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation>官方 App 或網站</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Callers who claim to be this lender can later be checked against these official channels. Never take numbers from a collection SMS.</source>
        <translation>以後自稱是該出借方的來電，可以對照這些官方管道核實。切勿使用催收簡訊裡給出的號碼。</translation>
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
        <translation>新增出借方…</translation>
    </message>
    <message>
        <source>Edit lender…</source>
        <translation>編輯出借方…</translation>
    </message>
    <message>
        <source>Delete lender</source>
        <translation>刪除出借方</translation>
    </message>
    <message>
        <source>%1 still has %2 debts. Delete or move those debts first; the lender stays as it is.</source>
        <translation>%1 名下還有 %2 筆債務。請先刪除或移轉這些債務；該出借方維持不變。</translation>
    </message>
</context>
<context>
    <name>LendersModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation>官方客服專線</translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation>官方 App 或網站</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>債務</translation>
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
        <translation>正在開啟你的資料…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>債務帳本</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation>協商紀錄</translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation>還清計畫</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About debttracker</source>
        <translation>關於 debttracker(&amp;A)</translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now. Undo history was cleared so that no undo can change what it wrote.</source>
        <translation>另一個程式修改了你的資料：各分頁現已顯示最新內容。復原記錄已清除，以免復原動到它寫入的內容。</translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now.</source>
        <translation>另一個程式修改了你的資料：各分頁現已顯示最新內容。</translation>
    </message>
    <message>
        <source>Your data were updated to the new version; a backup was kept in %1.</source>
        <translation>你的資料已升級到新版本，備份儲存在 %1。</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>無法開啟你的資料</translation>
    </message>
    <message>
        <source>debttracker %1

An offline record of your debts, budget and negotiations. Your data stay on this computer, in %2.

Figures about legal caps are information with their source, not legal advice.</source>
        <translation>debttracker %1

離線記錄你的債務、預算和協商過程。你的資料只儲存在這台電腦上，位於 %2。

有關法定利率上限的資料僅供參考並註明出處，不構成法律意見。</translation>
    </message>
    <message>
        <source>About debttracker</source>
        <translation>關於 debttracker</translation>
    </message>
</context>
<context>
    <name>MissedModel</name>
    <message>
        <source>Due</source>
        <translation>應還日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reminded at %1</source>
        <translation>已於 %1 提醒</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 12,000 or 1.2万</source>
        <extracomment>emitted after every edit with the new validity</extracomment>
        <translation>例如：12,000 或 1.2萬</translation>
    </message>
</context>
<context>
    <name>NegotiationTab</name>
    <message>
        <source>Keep a record of every contact</source>
        <translation>記錄每一次聯絡</translation>
    </message>
    <message>
        <source>Log each call or message with a lender: who, when, through which channel, whether you verified their identity, and what each side promised. Lenders come from the Ledger; add yours there first.</source>
        <translation>記下與出借方的每一次電話或訊息：誰、什麼時候、透過什麼管道、是否核實了對方身分，以及雙方各自承諾了什麼。出借方來自債務帳本，請先在那裡新增。</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>記錄一次聯絡…</translation>
    </message>
    <message>
        <source>Open the Ledger</source>
        <translation>開啟債務帳本</translation>
    </message>
    <message>
        <source>Lender:</source>
        <translation>出借方：</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>記錄聯絡…</translation>
    </message>
    <message>
        <source>Promise…</source>
        <translation>承諾…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>協議…</translation>
    </message>
    <message>
        <source>Incident…</source>
        <translation>催收事件…</translation>
    </message>
    <message>
        <source>Reflection…</source>
        <translation>總結反思…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>附加證據…</translation>
    </message>
    <message>
        <source>Check evidence</source>
        <translation>校驗證據</translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation>案件資料…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡紀錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
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
        <translation>管道</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>提出的請求</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>承諾方</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾內容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>簽訂日期</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>首期還款日</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>還款計畫</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已舉報至</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>關聯到</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校驗</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>總結反思</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次改進</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Search notes and summaries (全文搜索)</source>
        <translation>搜尋備註和摘要（全文搜尋）</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation>標記為已履行</translation>
    </message>
    <message>
        <source>Mark broken</source>
        <translation>標記為未履行</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>已核實</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核實</translation>
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
        <translation>本人紀錄</translation>
    </message>
    <message>
        <source>found by the rule check</source>
        <translation>規則檢查發現</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Reflect on a negotiation</source>
        <translation>總結這次協商</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>有效做法</translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation>下次我會</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>My order (first is paid first)</source>
        <translation>我的順序（排在前面的先還）</translation>
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
        <translation>歡迎使用 debttracker</translation>
    </message>
    <message>
        <source>Start in the Ledger tab: add each debt with its lender, the amount you borrowed, the amount you actually received, the rate and the repayment method. Everything stays on this computer.</source>
        <translation>從「債務帳本」開始：逐筆新增債務，填寫出借方、借款金額、實際收到金額、利率和還款方式。所有資料都只儲存在這台電腦上。</translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation>前往債務帳本</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>用範例資料體驗</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>欠款總額</translation>
    </message>
    <message>
        <source>Still due this month</source>
        <translation>本月待還</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Penalty accrued today</source>
        <translation>今日新增罰息</translation>
    </message>
    <message>
        <source>Next five payments due</source>
        <translation>接下來的五筆還款</translation>
    </message>
    <message>
        <source>Most expensive debts</source>
        <translation>成本最高的債務</translation>
    </message>
    <message>
        <source>Click a debt to open it in the ledger.</source>
        <translation>點選一筆債務即可在帳本中開啟。</translation>
    </message>
    <message>
        <source>%1 debts · %2</source>
        <translation>%1 筆債務 · %2</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation>編輯還款</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>記錄還款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation>還款日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <source>Automatic debit</source>
        <translation>自動扣款</translation>
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
        <translation>支付寶</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>optional: a screenshot or PDF, kept read-only with the evidence</source>
        <translation>選填：截圖或 PDF，會以唯讀方式與證據一起保存</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>next due: %1</source>
        <translation>下次還款：%1</translation>
    </message>
    <message>
        <source>Enter the amount and date to see where the money goes.</source>
        <translation>輸入金額和日期，即可檢視這筆錢的去向。</translation>
    </message>
    <message>
        <source>This payment goes to: penalty %1, fees %2, interest %3, principal %4.</source>
        <translation>這筆還款將用於：罰息 %1，費用 %2，利息 %3，本金 %4。</translation>
    </message>
    <message>
        <source>Principal still owed afterwards: %1</source>
        <translation>還款後剩餘本金：%1</translation>
    </message>
    <message>
        <source>%1 is more than the whole debt and stays as a credit.</source>
        <translation>%1 超過了全部欠款，多出部分將作為餘額保留。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal: nothing is left to pay after it.</source>
        <translation>提前償還本金 %1：還款後已無剩餘欠款。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments become %3 (were %4).</source>
        <translation>提前償還本金 %1；剩餘 %2 期每期變為 %3（原為 %4）。</translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments start at %3 (was %4).</source>
        <translation>提前償還本金 %1；剩餘 %2 期首期為 %3（原為 %4）。</translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation>選擇還款憑證</translation>
    </message>
</context>
<context>
    <name>PayoffTab</name>
    <message>
        <source>Your way out, once your debts are in</source>
        <translation>輸入債務後，這裡會顯示你的還清之路</translation>
    </message>
    <message>
        <source>When the ledger holds your debts and the budget your monthly amount, this tab compares the avalanche and snowball strategies and shows your debt-free date.</source>
        <translation>當債務帳本中有了你的債務、預算中有了每月還款金額後，本頁會比較雪崩法和雪球法，並顯示你還清全部債務的日期。</translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation>前往債務帳本</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>餘額變化</translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation>策略比較</translation>
    </message>
    <message>
        <source>Payoff order</source>
        <translation>還款順序</translation>
    </message>
    <message>
        <source>From your budget: available for repayment in %1.</source>
        <translation>來自預算：%1 可用於還款的金額。</translation>
    </message>
    <message>
        <source>No budget yet: this is the sum of the minimum payments.</source>
        <translation>還沒有預算：這裡按各筆最低應繳金額之和計算。</translation>
    </message>
    <message>
        <source>Debts in %1 are not in this plan.</source>
        <translation>以 %1 計價的債務不在此計畫中。</translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months), paying %3 in interest and fees.</source>
        <translation>%1 還清全部債務（%2 個月），共付利息和費用 %3。</translation>
    </message>
    <message>
        <source>Not debt-free at this amount; %3 in interest and fees on the way.</source>
        <translation>按此金額無法還清全部債務；期間要付利息和費用 %3。</translation>
    </message>
    <message>
        <source>Total paid: %1 · Interest and fees: %2 · Owed today: %3</source>
        <translation>共還款：%1 · 利息和費用：%2 · 今日欠款：%3</translation>
    </message>
    <message>
        <source>Due in %1 under the contracts: %2 (the Budget&apos;s minimum payments; each loan follows its schedule, a balloon falls due in its month).</source>
        <translation>依合約 %1 應還：%2（即預算中的最低還款額；每筆借款依其還款計畫，到期一次還款在到期月份應還）。</translation>
    </message>
    <message>
        <source>Try with %1 more a month</source>
        <translation>試試每月多還 %1</translation>
    </message>
    <message>
        <source>The money is not enough: %1</source>
        <translation>錢不夠：%1</translation>
    </message>
    <message>
        <source>These debts stay unpaid: %1.</source>
        <translation>這些債務仍將無法還清：%1。</translation>
    </message>
    <message>
        <source>These grow: %1.</source>
        <translation>這些債務會越滾越多：%1。</translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Avalanche: highest interest rate first</source>
        <translation>雪崩法：先還利率最高的</translation>
    </message>
    <message>
        <source>Snowball: smallest balance first</source>
        <translation>雪球法：先還餘額最小的</translation>
    </message>
    <message>
        <source>Overdue debts with the highest penalty first</source>
        <translation>先還罰息最重的逾期債務</translation>
    </message>
    <message>
        <source>My own order</source>
        <translation>我自己的順序</translation>
    </message>
    <message>
        <source>Minimum payments only</source>
        <translation>只還最低應繳金額</translation>
    </message>
    <message>
        <source>Use the budget&apos;s amount</source>
        <translation>使用預算中的金額</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>還款策略(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Each month for debts</source>
        <translation>每月用於還債(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;What if I pay more each month</source>
        <translation>如果每月多還一些(&amp;W)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>page classes shown in the dialog; each takes (ctx, parent) and has apply()</extracomment>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Principal owed (from your payments)</source>
        <translation>仍欠本金（按你的還款）</translation>
    </message>
    <message>
        <source>Plan from today</source>
        <translation>從今天起的計畫</translation>
    </message>
    <message>
        <source>Plan from today (not enough money)</source>
        <translation>從今天起的計畫（資金不足）</translation>
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
        <translation>正在讀取還款進度…</translation>
    </message>
    <message>
        <source>Your progress appears here once the ledger holds your debts.</source>
        <translation>債務帳本中有了你的債務後，這裡會顯示你的進度。</translation>
    </message>
    <message>
        <source>You have paid %1; %2 to go, penalty included (%3 of the way).</source>
        <translation>你已還 %1，還差 %2（含罰息，已完成 %3）。</translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation>無法讀取還款進度：%1</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record a promise</source>
        <translation>記錄承諾</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>編輯承諾</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation>（不針對某筆債務）</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Who promised what</source>
        <translation>誰承諾了什麼</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>承諾日期</translation>
    </message>
    <message>
        <source>within working days:</source>
        <translation>幾個工作日內：</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>Earliest if the lender counts make-up working days (调休), latest if it counts Monday to Friday only.</source>
        <translation>如果出借方把調休補班日算作工作日，則為最早日期；如果只算週一至週五，則為最晚日期。</translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>e.g. 4.9%, 月息1分, 日息万分之五</source>
        <translation>例如：4.9%、月息1分、日息萬分之五</translation>
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
        <translation>追蹤：%1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>承諾：%1</translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation>帳單日：%1</translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation>信用卡還款日：%1</translation>
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
        <translation>……還有 %1 項</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>今天沒有到期事項</translation>
    </message>
    <message>
        <source>Open debttracker</source>
        <translation>開啟 debttracker</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>debttracker: %1 due or overdue</source>
        <translation>debttracker：%1 項到期或逾期</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>匯出行事曆 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <source>debttracker keeps running</source>
        <translation>debttracker 仍在執行</translation>
    </message>
    <message>
        <source>debttracker is still running in the tray, so reminders of payments and promises reach you with the window closed. Use Quit in the tray menu or the File menu to stop it; Preferences can turn this off.</source>
        <translation>debttracker 仍在系統匣中執行，這樣即使關閉視窗，還款和承諾的提醒也能送達。要結束，請使用系統匣選單或「檔案」選單中的「結束」；也可以在偏好設定中關閉此功能。</translation>
    </message>
    <message>
        <source>debttracker keeps running in the background, so reminders of payments and promises reach you as desktop notifications with the window closed. Start debttracker again to bring the window back, and use Quit in the File menu to stop it; Preferences can turn this off.</source>
        <translation>debttracker 會在背景繼續執行，這樣即使關閉視窗，還款和承諾的提醒也會以桌面通知送達。再次啟動 debttracker 即可重新開啟視窗；要結束，請使用「檔案」選單中的「結束」；也可以在偏好設定中關閉此功能。</translation>
    </message>
    <message>
        <source>Reminders while debttracker is closed</source>
        <translation>debttracker 關閉期間的提醒</translation>
    </message>
    <message>
        <source>This desktop has neither a tray nor a notification service, so debttracker cannot remind you while it is closed. What falls due in the meantime is shown the next time you start it.</source>
        <translation>此桌面既沒有系統匣，也沒有通知服務，因此 debttracker 關閉後無法提醒您。期間到期的事項會在您下次啟動時顯示。</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>匯出行事曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 calendar events to %2.</source>
        <translation>已將 %1 個行事曆事件儲存到 %2。</translation>
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
        <translation>提醒時間：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Quiet hours (no notifications):</source>
        <translation>免打擾時段（不發通知）：</translation>
    </message>
    <message>
        <source>Instalments coming due and overdue</source>
        <translation>即將到期和已逾期的分期還款</translation>
    </message>
    <message>
        <source>Promises, mine and the lender&apos;s</source>
        <translation>承諾（我的和出借方的）</translation>
    </message>
    <message>
        <source>Card statement and due days</source>
        <translation>信用卡帳單日和還款日</translation>
    </message>
    <message>
        <source>Remind me of:</source>
        <translation>提醒內容：</translation>
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
        <translation>預設</translation>
    </message>
    <message>
        <source>For one debt:</source>
        <translation>單筆債務：</translation>
    </message>
    <message>
        <source>Start debttracker in the tray when I log in</source>
        <translation>登入時在系統匣中啟動 debttracker</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>關閉視窗後繼續在系統匣中執行</translation>
    </message>
    <message>
        <source>Reminders of payments and promises</source>
        <translation>還款和承諾提醒</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>無法更改登入時啟動：%1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Choose a backup to restore. Your current data are backed up first, so this can be undone by restoring that backup.</source>
        <translation>選擇要還原的備份。你目前的資料會先被備份，因此可以透過還原那份備份來復原此操作。</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>還沒有任何備份。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Restore the backup of %1? Your current data will be backed up first.</source>
        <translation>要還原 %1 的備份嗎？你目前的資料會先被備份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
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
        <translation>最低還款</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>還清時間</translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation>利息和費用</translation>
    </message>
    <message>
        <source>Charged at the true annual rate, which includes the fees; an overdue debt is charged its penalty rate.</source>
        <translation>按包含費用的實際年化利率計息；逾期債務按罰息利率計息。</translation>
    </message>
    <message>
        <source>Overdue: charged the penalty rate %1</source>
        <translation>逾期：按罰息利率 %1 計息</translation>
    </message>
    <message>
        <source>Grows</source>
        <translation>越滾越多</translation>
    </message>
    <message>
        <source>Not paid off</source>
        <translation>無法還清</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>已還清</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Extra payments and changes</source>
        <translation>額外還款和調整</translation>
    </message>
    <message>
        <source>One-off extra in</source>
        <translation>一次性額外還款（月份）</translation>
    </message>
    <message>
        <source>New monthly amount from</source>
        <translation>新的每月金額（起始月份）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>One-off extra</source>
        <translation>一次性額外還款</translation>
    </message>
    <message>
        <source>New monthly amount</source>
        <translation>新的每月金額</translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>While debttracker was closed</source>
        <translation>debttracker 關閉期間</translation>
    </message>
    <message>
        <source>These fell due since debttracker last ran (%1):</source>
        <translation>自 debttracker 上次執行（%1）以來，以下事項已到期：</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已處理(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍後提醒(&amp;S)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小時後</translation>
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
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>稍後提醒</translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation>在這一天再次提醒我：</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Export income and expense statement</source>
        <translation>匯出收支明細表</translation>
    </message>
    <message>
        <source>PDF, to send to a lender</source>
        <translation>PDF，用於發給出借方</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation>CSV，用於試算表</translation>
    </message>
    <message>
        <source>Explain briefly why you cannot pay as agreed, and since when.</source>
        <translation>簡要說明你為什麼無法按約還款，以及從什麼時候開始。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束月份</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Your explanation</source>
        <translation>你的說明</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存為</translation>
    </message>
    <message>
        <source>income-expense-statement</source>
        <translation>收支明細表</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No income or spending entered for %1: left out of the averages.</source>
        <translation>%1沒有輸入收支：不計入平均值。</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>最後一個月早於第一個月。</translation>
    </message>
    <message>
        <source>Choose at most %1 months.</source>
        <translation>最多選擇 %1 個月。</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>請選擇收支明細表的儲存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>儲存收支明細表</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>無法儲存檔案：%1</translation>
    </message>
</context>
<context>
    <name>StatementRenderer</name>
    <message>
        <source>None.</source>
        <extracomment>Latin text first in a Latin font: Qt maps the digits of CJK fonts&apos; Latin glyphs to no Unicode in the PDF, so the figures could not be copied or searched.</extracomment>
        <translation>無。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Per month (average)</source>
        <translation>每月（平均）</translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation>期間合計</translation>
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
        <translation>可用於還款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>本期最低應繳金額</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>%1 (no entries)</source>
        <translation>%1（無紀錄）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No income or spending was entered for any month of this period.</source>
        <translation>本期間內沒有任何月份輸入收支。</translation>
    </message>
    <message>
        <source>Averages of income and spending are over the months with entries: %1.</source>
        <translation>收入和支出的平均值按有紀錄的月份計算：%1。</translation>
    </message>
    <message>
        <source>Warning: nothing was entered for %1, so it is left out of the averages.</source>
        <translation>注意：%1沒有輸入任何收支，未計入平均值。</translation>
    </message>
    <message>
        <source>On average I have %1 a month for repayment (income minus essential spending), against minimum payments of %2 a month.</source>
        <translation>我平均每月可用於還款的金額為 %1（收入減去必要支出），而每月最低應繳金額為 %2。</translation>
    </message>
    <message>
        <source>That is %1 a month short.</source>
        <translation>即每月缺口 %1。</translation>
    </message>
    <message>
        <source>Income and expense statement</source>
        <translation>收支明細表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>製表日期</translation>
    </message>
    <message>
        <source>Summary per month</source>
        <translation>每月彙總</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>總收入</translation>
    </message>
    <message>
        <source>Fixed essential spending</source>
        <translation>固定必要支出</translation>
    </message>
    <message>
        <source>Total essential spending</source>
        <translation>必要支出合計</translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Total other spending</source>
        <translation>其他支出合計</translation>
    </message>
    <message>
        <source>Debts and their minimum payments</source>
        <translation>債務及其最低應繳金額</translation>
    </message>
    <message>
        <source>Total minimum payments</source>
        <translation>最低應繳金額合計</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>出借方</translation>
    </message>
    <message>
        <source>Explanation of my situation</source>
        <translation>我的情況說明</translation>
    </message>
    <message>
        <source>(No explanation written.)</source>
        <translation>（未填寫說明。）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Minimum payments</source>
        <translation>最低應繳金額</translation>
    </message>
    <message>
        <source>Discretionary spending</source>
        <translation>可削減支出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>Not saved: the disk that holds your data is full. Free some space, then try again; nothing was changed.</source>
        <extracomment>the store&apos;s own failure classes (store.errors, when present) by name, and what they mean SQLite primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL</extracomment>
        <translation>未儲存：存放你資料的磁碟已滿。請騰出一些空間後重試；沒有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: your data folder cannot be written to (it is read-only or you lack the permission). Nothing was changed.</source>
        <translation>未儲存：無法寫入你的資料夾（它是唯讀的，或你沒有權限）。沒有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: another program is writing to your data right now (the database is locked). Try again in a moment; nothing was changed.</source>
        <translation>未儲存：另一個程式正在寫入你的資料（資料庫已鎖定）。請稍後重試；沒有做任何更改。</translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (the details follow).</source>
        <translation>未儲存：發生了意外錯誤（詳情見隨後的提示）。</translation>
    </message>
    <message>
        <source>debttracker cannot start: the disk that holds your data (%1) is full. Free some space, then start it again. Your data were not changed.</source>
        <translation>debttracker 無法啟動：存放你資料的磁碟（%1）已滿。請騰出一些空間後再啟動。你的資料沒有被更改。</translation>
    </message>
    <message>
        <source>debttracker cannot start: your data folder (%1) cannot be written to (it is read-only or you lack the permission). Your data were not changed.</source>
        <translation>debttracker 無法啟動：無法寫入你的資料夾（%1）（它是唯讀的，或你沒有權限）。你的資料沒有被更改。</translation>
    </message>
    <message>
        <source>debttracker cannot open your data in %1: another program holds the database locked. Close it, then start debttracker again. Your data were not changed.</source>
        <translation>debttracker 無法開啟 %1 中的資料：另一個程式鎖定了資料庫。請關閉該程式，然後重新啟動 debttracker。你的資料沒有被更改。</translation>
    </message>
    <message>
        <source>This edit cannot be undone or redone: another program changed the same record meanwhile. Nothing was changed; the undo history was cleared.</source>
        <translation>無法復原或重做此操作：另一個程式同時修改了同一筆記錄。沒有做任何更改；復原記錄已清除。</translation>
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
        <translation>可用於還款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>本期最低應繳金額</translation>
    </message>
    <message>
        <source>Discretionary spending (could be cut)</source>
        <translation>可削減的支出</translation>
    </message>
    <message>
        <source>Available = income − essential spending</source>
        <translation>可用於還款 = 收入 − 必要支出</translation>
    </message>
    <message>
        <source>Covers the minimum payments, with %1 left over.</source>
        <translation>足以支付最低應繳金額，還剩 %1。</translation>
    </message>
    <message>
        <source>Short by %1: the minimum payments are more than you have.</source>
        <translation>缺口 %1：最低應繳金額超過了你的可用資金。</translation>
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
        <translation>無法還清</translation>
    </message>
    <message>
        <source>Payoff order: thick bars are the months each debt gets the extra money</source>
        <translation>還款順序：粗條表示每筆債務獲得額外還款的月份</translation>
    </message>
    <message>
        <source>…and %1 more debts</source>
        <translation>……還有 %1 筆債務</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>The trend appears here.</source>
        <translation>趨勢將顯示在這裡。</translation>
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
        <translation>最低應繳金額</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>%1: minimum %2; a month&apos;s delay costs about %3</source>
        <translation>%1：最低還款 %2；延遲一個月約多花 %3</translation>
    </message>
    <message>
        <source>%1 short this month. You decide what to offer whom:</source>
        <translation>本月缺口 %1。先還誰、向誰提什麼方案，由你決定：</translation>
    </message>
    <message>
        <source>Cheapest to let slip</source>
        <translation>暫緩代價最小的</translation>
    </message>
    <message>
        <source>Heaviest penalty if late: %1. Pay this one first if you can.</source>
        <translation>逾期罰得最重的：%1。能還的話先還這筆。</translation>
    </message>
    <message>
        <source>Already negotiating with: %1. Ask them first for a smaller instalment.</source>
        <translation>已在協商的：%1。先請他們降低每期還款額。</translation>
    </message>
    <message>
        <source>Holding back %1 would close the gap, at a cost of about %2 for a month; tell those lenders before the due date and ask for a new plan.</source>
        <translation>暫緩支付 %1 就能補上缺口，代價約為一個月 %2；請在還款日前告知這些出借方，並請求新的還款方案。</translation>
    </message>
    <message>
        <source>Your essential spending is more than your income: no minimum payment can be met from this month&apos;s income. Tell every lender now, with your statement.</source>
        <translation>你的必要支出已超過收入：本月收入無法支付任何一筆最低還款。請立即帶著收支明細表告知每一位出借方。</translation>
    </message>
    <message>
        <source>Even holding back every payment still due this month would not close the gap. Tell your lenders now and ask for a plan you can keep.</source>
        <translation>即使暫緩本月所有待還款項，也補不上缺口。請立即告知你的出借方，並請求一個你能堅持履行的方案。</translation>
    </message>
    <message>
        <source>Costs count penalty interest and late fees only; any missed payment can still be reported to your credit record.</source>
        <translation>代價只計算罰息和滯納金；任何一次未按時還款，都仍可能被報送到你的信用紀錄。</translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <source>Not a valid payment amount: %1</source>
        <translation>無效的還款金額：%1</translation>
    </message>
    <message>
        <source>The allocation order must name penalty, fee, interest and principal once each.</source>
        <translation>衝抵順序必須包含罰息、費用、利息和本金，且各出現一次。</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Too many backups in one second.</source>
        <extracomment>what ``store.db.open_database`` writes before a migration</extracomment>
        <translation>一秒內的備份太多。</translation>
    </message>
    <message>
        <source>There are no data to back up yet.</source>
        <translation>還沒有可以備份的資料。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>無法寫入備份：%1</translation>
    </message>
    <message>
        <source>No backup at %1.</source>
        <translation>%1 處沒有備份。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a debttracker backup.</source>
        <translation>%1 已損壞或不是 debttracker 備份。</translation>
    </message>
    <message>
        <source>%1 is not a debttracker backup.</source>
        <translation>%1 不是 debttracker 備份。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of debttracker; update the app.</source>
        <translation>%1 由更新版本的 debttracker 寫入；請更新應用程式。</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>無法還原備份：%1</translation>
    </message>
    <message>
        <source>The list of evidence files of %1 is damaged.</source>
        <extracomment>evidence files are kept read-only by the user alone (as ``store.evidence`` stores them)</extracomment>
        <translation>%1 的證據檔案清單已損壞。</translation>
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
        <translation>請選擇收入或支出</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>名稱為必填項</translation>
    </message>
    <message>
        <source>Amounts cannot be negative</source>
        <translation>金額不能為負數</translation>
    </message>
    <message>
        <source>The last month is before the first</source>
        <translation>最後一個月早於第一個月</translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>For information only, not legal advice. The lines come from the cited rules and court practice; check the official text or ask a lawyer before relying on them.</source>
        <extracomment>One-year LPR steps (date effective, rate as a fraction), domain.md §3.3.</extracomment>
        <translation>僅供參考，不構成法律意見。這些紅線來自所引用的規定和司法實踐；依賴它們之前，請查閱官方原文或諮詢律師。</translation>
    </message>
    <message>
        <source>The LPR on %1 is unknown; add it to the LPR table.</source>
        <translation>%1 的 LPR 未知；請在 LPR 表中新增。</translation>
    </message>
    <message>
        <source>An LPR must be above 0 and at most 20 %: %1</source>
        <translation>LPR 必須大於 0 且不超過 20%：%1</translation>
    </message>
    <message>
        <source>4 × one-year LPR on the contract date (%1)</source>
        <translation>合約簽訂日一年期 LPR 的 4 倍（%1）</translation>
    </message>
    <message>
        <source>24% line for private loans made before 2020-08-20</source>
        <translation>2020-08-20 之前的民間借貸：24% 紅線</translation>
    </message>
    <message>
        <source>24% line for licensed lenders (all-in cost)</source>
        <translation>持牌機構（綜合融資成本）：24% 紅線</translation>
    </message>
    <message>
        <source>36% line</source>
        <translation>36% 紅線</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>A day of the month must be 1 to 31, not %1</source>
        <translation>每月的日期必須在 1 到 31 之間，而不是 %1</translation>
    </message>
    <message>
        <source>Enter the amount on the bill.</source>
        <extracomment>a due date this long after the statement is surely a typing mistake (banks: 20–56 days)</extracomment>
        <translation>請填寫帳單上的金額。</translation>
    </message>
    <message>
        <source>The due date comes after the statement date, within %1 days.</source>
        <translation>到期還款日應在帳單日之後 %1 天以內。</translation>
    </message>
    <message>
        <source>A posting on this bill is on or before its date.</source>
        <translation>本期帳單的記帳日應不晚於帳單日。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能為負數。</translation>
    </message>
    <message>
        <source>More than the statement balance.</source>
        <translation>超過了帳單金額。</translation>
    </message>
    <message>
        <source>Fees and instalment together exceed the statement.</source>
        <translation>費用與分期合計超過了帳單金額。</translation>
    </message>
    <message>
        <source>A bill to track is above zero.</source>
        <translation>帳單金額應大於零。</translation>
    </message>
</context>
<context>
    <name>casefile</name>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation>實際收到金額</translation>
    </message>
    <message>
        <source>Start and term</source>
        <translation>起始日期和期限</translation>
    </message>
    <message>
        <source>%1, %2 months</source>
        <translation>%1，%2 個月</translation>
    </message>
    <message>
        <source>Contract rate (annual)</source>
        <translation>合約利率（年化）</translation>
    </message>
    <message>
        <source>True APR (IRR × 12)</source>
        <translation>實際年化利率（IRR × 12）</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>實際年利率（複利）</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>至今已還</translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation>條款版本</translation>
    </message>
    <message>
        <source>True APR: the internal rate of return of the money actually received against every scheduled payment of the contract, times 12 (PBOC Announcement [2021] No. 3).</source>
        <translation>實際年化利率：按實際收到金額與合約約定的每一筆還款計算的內部收益率（IRR）乘以 12（中國人民銀行公告〔2021〕第3號）。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>首期還款日</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>減免</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天數</translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation>應還本金</translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation>應還利息</translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation>罰息和滯納金</translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation>應付費用</translation>
    </message>
    <message>
        <source>Owed today to bring it up to date</source>
        <translation>目前結清逾期所需金額</translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation>尚未到期的本金</translation>
    </message>
    <message>
        <source>Balance (principal left and charges due)</source>
        <translation>餘額（剩餘本金及已到期費用）</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次還款</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>an official number</source>
        <translation>官方號碼</translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation>非官方號碼</translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation>號碼或帳號</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通話情況</translation>
    </message>
    <message>
        <source>My line</source>
        <translation>我的號碼</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>已核實身分</translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation>未核實身分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>How verified</source>
        <translation>核實方式</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation>我提出的請求</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>對方的答覆</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>發生了什麼</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>對方</translation>
    </message>
    <message>
        <source>within %1 working days</source>
        <translation>%1 個工作天內</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>承諾於</translation>
    </message>
    <message>
        <source>Agreed annual rate</source>
        <translation>約定年利率</translation>
    </message>
    <message>
        <source>Deferral months</source>
        <translation>延期月數</translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation>一次性結清金額</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>協議前狀態</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>By</source>
        <translation>承諾方</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罰息</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>達成於</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>已舉報至</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>舉報日期</translation>
    </message>
    <message>
        <source>During</source>
        <translation>發生於</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾內容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>檔案大小</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256 雜湊值</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>關聯到</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>無紀錄。</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>案件資料：%1</translation>
    </message>
    <message>
        <source>Prepared on %1 by the borrower from their own records.</source>
        <translation>由借款人根據本人紀錄於 %1 整理。</translation>
    </message>
    <message>
        <source>Official channels of the lender: %1</source>
        <translation>出借方官方管道：%1</translation>
    </message>
    <message>
        <source>Debts and their true cost</source>
        <translation>債務及其實際成本</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Contacts, everything logged</source>
        <translation>聯絡紀錄（全部內容）</translation>
    </message>
    <message>
        <source>Promises and whether they were kept</source>
        <translation>承諾及履行情況</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>Rule breaches found in the contact log</source>
        <translation>聯絡紀錄中發現的違規催收</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Evidence (files in the ZIP, with SHA-256)</source>
        <translation>證據（ZIP 中的檔案，附 SHA-256）</translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation>申訴管道</translation>
    </message>
    <message>
        <source>Complain to the lender first; it must answer within 15 days (up to 60 for complex cases). Then: 12378 (National Financial Regulatory Administration) for banks and consumer-finance companies; 12363 (People’s Bank of China) for credit reports and payments; the local financial regulator for microcredit companies; 110 for threats or violence. This is information, not legal advice.</source>
        <translation>請先向出借方申訴，對方須在 15 日內答覆（複雜情況最長 60 日）。之後：銀行和消費金融公司可撥打 12378（國家金融監督管理總局）；徵信和支付問題可撥打 12363（中國人民銀行）；小額貸款公司可向當地地方金融管理部門申訴；遇到威脅或暴力請撥打 110。以上僅供參考，不構成法律意見。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no such file: %1</source>
        <translation>檔案不存在：%1</translation>
    </message>
    <message>
        <source>database error (%1)</source>
        <translation>資料庫錯誤（%1）</translation>
    </message>
    <message>
        <source>bad argument (%1)</source>
        <translation>參數有誤（%1）</translation>
    </message>
    <message>
        <source>%1 (%2, %3 evidence files)</source>
        <translation>%1（%2，%3 個證據檔案）</translation>
    </message>
    <message>
        <source>previous data backed up to %1</source>
        <translation>原有資料已備份至 %1</translation>
    </message>
    <message>
        <source>damaged database kept aside as %1</source>
        <translation>損壞的資料庫已另存為 %1</translation>
    </message>
    <message>
        <source>restored %1 (%2 evidence files put back)</source>
        <translation>已從 %1 還原（放回 %2 個證據檔案）</translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation>已將 %1 個資料表寫入 %2</translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 evidence files)</source>
        <translation>%1（%2 列，%3 個證據檔案）</translation>
    </message>
    <message>
        <source>warning: evidence file %1 is missing; not exported</source>
        <translation>警告：證據檔案 %1 不存在，未匯出</translation>
    </message>
    <message>
        <source>imported %1 rows</source>
        <translation>已匯入 %1 列</translation>
    </message>
    <message>
        <source>no data yet: nothing to check</source>
        <translation>還沒有資料，無須檢查</translation>
    </message>
    <message>
        <source>database: ok</source>
        <translation>資料庫：正常</translation>
    </message>
    <message>
        <source>evidence: not checked (this version keeps no evidence files)</source>
        <translation>證據：未檢查（此版本不保存證據檔案）</translation>
    </message>
    <message>
        <source>evidence %1 %2: %3</source>
        <translation>證據 %1 %2：%3</translation>
    </message>
    <message>
        <source>%1 evidence file(s) missing or altered</source>
        <translation>%1 個證據檔案遺失或遭到變更</translation>
    </message>
    <message>
        <source>evidence: ok</source>
        <translation>證據：完好</translation>
    </message>
    <message>
        <source>back up the data now (database and evidence)</source>
        <translation>立即備份資料（資料庫與證據）</translation>
    </message>
    <message>
        <source>folder to write the backup to</source>
        <translation>備份要存放的資料夾</translation>
    </message>
    <message>
        <source>list the backups (date, kind, size)</source>
        <translation>列出備份（日期、類型、大小）</translation>
    </message>
    <message>
        <source>restore a backup (the current data are backed up first)</source>
        <translation>還原備份（會先備份目前的資料）</translation>
    </message>
    <message>
        <source>a backup file (.sqlite3)</source>
        <translation>備份檔（.sqlite3）</translation>
    </message>
    <message>
        <source>export all data with the evidence files as one ZIP archive (or CSV)</source>
        <translation>將全部資料連同證據檔案匯出為一個 ZIP 壓縮檔（或 CSV）</translation>
    </message>
    <message>
        <source>FILE.zip, or a folder with --csv</source>
        <translation>FILE.zip，或搭配 --csv 指定資料夾</translation>
    </message>
    <message>
        <source>only the JSON document (format 1, no evidence files)</source>
        <translation>只匯出 JSON 文件（格式 1，不含證據檔案）</translation>
    </message>
    <message>
        <source>import an export into an empty data directory</source>
        <translation>將匯出檔案匯入一個空的資料目錄</translation>
    </message>
    <message>
        <source>a debttracker export (ZIP archive or JSON)</source>
        <translation>debttracker 匯出檔案（ZIP 壓縮檔或 JSON）</translation>
    </message>
    <message>
        <source>write one CSV file per table into FILE</source>
        <translation>每個資料表寫成一個 CSV 檔，存入 FILE</translation>
    </message>
    <message>
        <source>replace existing data (a backup is taken first)</source>
        <translation>取代現有資料（會先備份）</translation>
    </message>
    <message>
        <source>check the database and the evidence files (exit 1 if not ok)</source>
        <translation>檢查資料庫與證據檔案（有問題時結束狀態為 1）</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad argument, 1 no answer (for example no rate exists).</source>
        <translation>結束狀態：0 成功，2 參數錯誤，1 無結果（例如不存在對應的利率）。</translation>
    </message>
    <message>
        <source>not a percentage: %1</source>
        <translation>不是百分比：%1</translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation>不是整數：%1</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不能小於 %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大於 %1</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>期數</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>應還日</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款額</translation>
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
        <translation>餘額</translation>
    </message>
    <message>
        <source>Total interest: %1</source>
        <translation>利息總額：%1</translation>
    </message>
    <message>
        <source>Total paid: %1</source>
        <translation>還款總額：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: expected date,amount</source>
        <translation>第 %1 行：應為「日期,金額」</translation>
    </message>
    <message>
        <source>Rate per period</source>
        <translation>每期利率</translation>
    </message>
    <message>
        <source>Nominal APR (rate × %1)</source>
        <translation>名義年化利率（每期利率 × %1）</translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation>實際年利率</translation>
    </message>
    <message>
        <source>These flows change sign more than once: %1 rates per period balance them (%2); the true cost is ambiguous.</source>
        <translation>這些現金流多次改變正負號：有 %1 個每期利率能使其平衡（%2）；真實成本不唯一。</translation>
    </message>
    <message>
        <source>not allowed with --received/--payments</source>
        <translation>不可與 --received/--payments 同時使用</translation>
    </message>
    <message>
        <source>--received and --payments are required (or --flows FILE)</source>
        <translation>必須同時提供 --received 與 --payments（或改用 --flows FILE）</translation>
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
        <translation>列出一年期 LPR 的各次調整（4 倍 LPR 上限使用合約成立日的 LPR），或在 LPR 變動時新增一筆：lpr set 2026-01-20 3.0</translation>
    </message>
    <message>
        <source>list the table (default)</source>
        <translation>列出表格（預設）</translation>
    </message>
    <message>
        <source>add or change a step</source>
        <translation>新增或修改一筆</translation>
    </message>
    <message>
        <source>effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>rate in percent</source>
        <translation>利率（百分數）</translation>
    </message>
    <message>
        <source>remove a step</source>
        <translation>刪除一筆</translation>
    </message>
    <message>
        <source>repayment schedule of a loan</source>
        <translation>貸款的還款計畫</translation>
    </message>
    <message>
        <source>Instalment by instalment: due date, payment, principal, interest and the balance left, with the total interest and the total paid.</source>
        <translation>逐期列出還款日、還款額、本金、利息與剩餘本金，並列出利息總額與還款總額。</translation>
    </message>
    <message>
        <source>loan amount, e.g. 10000 or 1.2万</source>
        <translation>借款金額，例如 10000 或 1.2萬</translation>
    </message>
    <message>
        <source>annual rate in percent, e.g. 4.9</source>
        <translation>年利率（百分比數值），例如 4.9</translation>
    </message>
    <message>
        <source>monthly rate in percent, e.g. 1 for 月息1分</source>
        <translation>月利率（百分比數值），例如月息1分填 1</translation>
    </message>
    <message>
        <source>daily rate in percent, e.g. 0.05 for 万分之五</source>
        <translation>日利率（百分比數值），例如萬分之五填 0.05</translation>
    </message>
    <message>
        <source>days per year for daily rates</source>
        <translation>按日計息時一年的天數</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>期數（月）</translation>
    </message>
    <message>
        <source>annuity: equal payments (等额本息); equal-principal: equal principal (等额本金); interest-only: interest monthly, principal at the end (先息后本); bullet: everything at the end (一次性还本付息)</source>
        <translation>annuity：本息平均攤還；equal-principal：本金平均攤還；interest-only：按月付息、到期還本；bullet：到期一次還本付息</translation>
    </message>
    <message>
        <source>loan date; first due one month later</source>
        <translation>撥款日期；一個月後為第一期還款日</translation>
    </message>
    <message>
        <source>interest-only/bullet interest by actual days</source>
        <translation>按月付息／到期一次還本付息時依實際天數計息</translation>
    </message>
    <message>
        <source>true annual cost (IRR) of a loan&apos;s cash flows</source>
        <translation>依現金流計算貸款的實際年化成本（IRR）</translation>
    </message>
    <message>
        <source>The true annual cost of a loan, fees included: from the amount received and the payments, or from a CSV of dated cash flows (XIRR).</source>
        <translation>貸款含各項費用的實際年化成本：依實際撥入金額與各期還款計算，或依含日期的現金流 CSV 計算（XIRR）。</translation>
    </message>
    <message>
        <source>amount actually received, after upfront fees</source>
        <translation>扣除前置費用後實際拿到的金額</translation>
    </message>
    <message>
        <source>payments, e.g. 888.49x12, 1,072x12 or 100x11;10100x1 (; or , between)</source>
        <translation>還款額，例如 888.49x12、1,072x12 或 100x11;10100x1（用 ; 或 , 分隔）</translation>
    </message>
    <message>
        <source>CSV of date,amount rows (+ received, - paid): XIRR</source>
        <translation>每列為「日期,金額」的 CSV（正數為收到，負數為付出）：以 XIRR 計算</translation>
    </message>
    <message>
        <source>periods per year (default 12)</source>
        <translation>每年期數（預設 12）</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>參數 %1：%2</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>缺少必要的參數：%1</translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation>必須提供下列參數之一：%1</translation>
    </message>
    <message>
        <source>not allowed with %1</source>
        <translation>不可與 %1 同時使用</translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation>無效的選項：%1（可選：%2）</translation>
    </message>
    <message>
        <source>invalid value: %2</source>
        <translation>無效的值：%2</translation>
    </message>
    <message>
        <source>expected one value</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>expected at least one value</source>
        <translation>至少需要一個值</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>無法辨識的參數：%1</translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation>選項不明確：%1 可能是 %2</translation>
    </message>
    <message>
        <source>unknown command %1 (choose from %2)</source>
        <translation>未知的指令 %1（可選：%2）</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明並結束</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <source>debttracker headless commands</source>
        <translation>debttracker 命令列工具</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>顯示版本號碼並結束</translation>
    </message>
    <message>
        <source>data directory (default: per-user data dir)</source>
        <translation>資料目錄（預設：目前使用者的資料目錄）</translation>
    </message>
    <message>
        <source>language of the output (default: $DEBTTRACKER_LANG, the app&apos;s setting, the system)</source>
        <translation>輸出語言（預設依序採用 $DEBTTRACKER_LANG、應用程式中的設定、系統語言）</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>數字過大</translation>
    </message>
    <message>
        <source>income, spending, minimum payments due and the money available for repayment</source>
        <translation>收入、支出、本期最低應繳金額與可用於還款的錢</translation>
    </message>
    <message>
        <source>What can honestly be paid in a month: income, essential and discretionary spending, the minimum payments due from the ledger, the amount available for repayment (income - essential spending) and any shortfall.</source>
        <translation>一個月實際能還多少：收入、必要支出與可削減支出、債務帳本中的本期最低應繳金額、可用於還款的金額（收入 - 必要支出）以及缺口。</translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation>月份（預設：本月）</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>輸出機器可讀的 JSON</translation>
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
        <translation>可削減支出</translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation>可用於還款</translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation>本期最低應繳金額</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Budget for %1</source>
        <translation>%1 預算</translation>
    </message>
    <message>
        <source>The available money covers the minimum payments.</source>
        <translation>可用資金足以支付最低應繳金額。</translation>
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
        <translation>範例資料已寫入 %1：%2 個出借方、%3 筆債務、%4 筆還款。</translation>
    </message>
    <message>
        <source>penalty interest</source>
        <translation>罰息</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>費用</translation>
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
        <translation>還沒有記錄任何債務。試試：debttracker-cli sample-data</translation>
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
        <translation>%1 合計：%2</translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation>金額必須大於零</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Payment %1 recorded: %2</source>
        <translation>已記錄還款 %1：%2</translation>
    </message>
    <message>
        <source>Not applied (more than the whole balance): %1</source>
        <translation>未沖抵（超過全部餘額）：%1</translation>
    </message>
    <message>
        <source>fill an empty data directory with sample data</source>
        <translation>在空的資料目錄中填入範例資料</translation>
    </message>
    <message>
        <source>Write made-up lenders, debts and payments into an empty data directory, to try the app out.</source>
        <translation>在空的資料目錄中寫入虛構的出借方、債務與還款紀錄，方便試用本軟體。</translation>
    </message>
    <message>
        <source>small: a few debts; large: years of history</source>
        <translation>small：幾筆債務；large：多年的歷史紀錄</translation>
    </message>
    <message>
        <source>list every debt with balance, next due and APR</source>
        <translation>列出每筆債務的餘額、下次還款與年化利率</translation>
    </message>
    <message>
        <source>Every debt with its status, balance, next due date, true APR and days overdue, and the total per currency.</source>
        <translation>列出每筆債務的狀態、餘額、下次還款日、實際年化利率與逾期天數，以及各幣別的合計。</translation>
    </message>
    <message>
        <source>the day to look from (default: today)</source>
        <translation>以哪一天為準（預設：今天）</translation>
    </message>
    <message>
        <source>record a payment (allocated as the app does)</source>
        <translation>記錄一筆還款（沖抵方式與應用程式相同）</translation>
    </message>
    <message>
        <source>Record a payment on a debt. It goes first to penalty interest, then fees, interest and principal, exactly as in the app.</source>
        <translation>為一筆債務記錄還款。還款依序沖抵罰息、費用、利息與本金，與應用程式完全相同。</translation>
    </message>
    <message>
        <source>debt id</source>
        <translation>債務 id</translation>
    </message>
    <message>
        <source>amount paid, e.g. 300 or ¥1,200.50</source>
        <translation>還款金額，例如 300 或 ¥1,200.50</translation>
    </message>
    <message>
        <source>day of the payment (default: today)</source>
        <translation>還款日期（預設：今天）</translation>
    </message>
    <message>
        <source>a note kept with the payment</source>
        <translation>隨還款保存的備註</translation>
    </message>
    <message>
        <source>verify every evidence file against its SHA-256</source>
        <translation>以 SHA-256 驗證每個證據檔案</translation>
    </message>
    <message>
        <source>Hash every evidence file; list each one that is missing or altered.</source>
        <translation>計算每個證據檔案的雜湊值，列出遺失或遭到變更的檔案。</translation>
    </message>
    <message>
        <source>write the case-file PDF and evidence ZIP for a lender or a debt</source>
        <translation>為某個出借方或某筆債務產生案件資料 PDF 與證據 ZIP</translation>
    </message>
    <message>
        <source>Timeline, promises, agreements, incidents, the debt&apos;s figures and true APR as a PDF, plus a ZIP of the evidence files with a SHA-256 manifest.</source>
        <translation>將時間軸、承諾、協議、催收事件、債務數據與實際年化利率製成 PDF，並將證據檔案打包成附 SHA-256 清單的 ZIP。</translation>
    </message>
    <message>
        <source>lender id</source>
        <translation>出借方 id</translation>
    </message>
    <message>
        <source>output directory</source>
        <translation>輸出資料夾</translation>
    </message>
    <message>
        <source>date of the file (default: today)</source>
        <translation>資料日期（預設：今天）</translation>
    </message>
    <message>
        <source>%1: %2 (%3) expected %4</source>
        <translation>%1：%2（%3）應為 %4</translation>
    </message>
    <message>
        <source>%1 of %2 evidence files do not match their SHA-256.</source>
        <translation>%2 個證據檔案中有 %1 個與其 SHA-256 校驗值不一致。</translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation>全部 %1 個證據檔案均與其 SHA-256 校驗值一致。</translation>
    </message>
    <message>
        <source>not a directory: %1</source>
        <translation>不是資料夾：%1</translation>
    </message>
    <message>
        <source>must be a positive id</source>
        <translation>必須是正整數 id</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2 files)</source>
        <translation>證據：%1（%2 個檔案）</translation>
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
        <translation>待追蹤</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>what is due or overdue now and in the next days (exit 1 when overdue)</source>
        <translation>目前及未來幾天到期或逾期的事項（有逾期時結束狀態為 1）</translation>
    </message>
    <message>
        <source>List the instalments, promises and card days that are overdue, due today or due in the next N days. Exit status 1 when something is overdue, so it can run from cron; 0 otherwise; 2 on a bad argument.</source>
        <translation>列出已逾期、今天到期或未來 N 天內到期的分期還款、承諾與信用卡帳單日／繳款日。有逾期事項時結束狀態為 1（方便在 cron 中執行），否則為 0；參數有誤時為 2。</translation>
    </message>
    <message>
        <source>look N days ahead (default 7, 0 to 3660)</source>
        <translation>往後查看 N 天（預設 7，範圍 0 到 3660）</translation>
    </message>
    <message>
        <source>must be from 0 to %1, not %2</source>
        <translation>必須在 0 到 %1 之間，而不是 %2</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation>帳單日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡還款日</translation>
    </message>
    <message>
        <source>Nothing due or overdue, nor in the next %1 days.</source>
        <translation>目前沒有到期或逾期事項，未來 %1 天內也沒有。</translation>
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
        <translation>罰息優先</translation>
    </message>
    <message>
        <source>my own order</source>
        <translation>自訂順序</translation>
    </message>
    <message>
        <source>minimums only</source>
        <translation>只繳最低應繳金額</translation>
    </message>
    <message>
        <source>payoff plan: when each debt is paid off, the interest, the debt-free month</source>
        <translation>清償計畫：每筆債務何時還清、要付多少利息、哪個月無債一身輕</translation>
    </message>
    <message>
        <source>Plan paying off the open debts with an amount a month: every debt gets its minimum and the rest goes by the strategy (avalanche: highest rate first; snowball: smallest balance first; penalty: overdue debts with the highest penalty first; custom: the order given by --order; minimum: minimums only).</source>
        <translation>以每月固定金額規劃還清未結清的債務：每筆債務先繳最低應繳金額，其餘依策略分配（avalanche：先還利率最高的；snowball：先還餘額最小的；penalty：先還罰息最重的逾期債務；custom：依 --order 指定的順序；minimum：只繳最低應繳金額）。</translation>
    </message>
    <message>
        <source>how the money beyond the minimums is shared out</source>
        <translation>最低應繳金額以外的錢如何分配</translation>
    </message>
    <message>
        <source>money for debts each month (default: the budget&apos;s)</source>
        <translation>每月用於還債的錢（預設：預算中的金額）</translation>
    </message>
    <message>
        <source>debt ids in order, for custom</source>
        <translation>依順序列出的債務 id，用於 custom</translation>
    </message>
    <message>
        <source>plan from this day (default: today)</source>
        <translation>從這一天開始規劃（預設：今天）</translation>
    </message>
    <message>
        <source>the custom strategy needs --order ID,ID,...</source>
        <translation>custom 策略需要 --order ID,ID,...</translation>
    </message>
    <message>
        <source>debt ids separated by commas, not %1</source>
        <translation>應為以逗號分隔的債務 id，而不是 %1</translation>
    </message>
    <message>
        <source>a debt id is listed twice</source>
        <translation>有債務 id 重複列出</translation>
    </message>
    <message>
        <source>no open debt with id %1</source>
        <translation>沒有 id 為 %1 的未結清債務</translation>
    </message>
    <message>
        <source>Plan (%1) from %2, %3 a month</source>
        <translation>還款計畫（%1），自 %2 起，每月 %3</translation>
    </message>
    <message>
        <source>keeps growing</source>
        <translation>越滾越多</translation>
    </message>
    <message>
        <source>not paid off</source>
        <translation>無法還清</translation>
    </message>
    <message>
        <source>interest %1</source>
        <translation>利息 %1</translation>
    </message>
    <message>
        <source>Total interest %1</source>
        <translation>利息總額 %1</translation>
    </message>
    <message>
        <source>Total paid %1</source>
        <translation>還款總額 %1</translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months)</source>
        <translation>%1 還清所有債務（%2 個月）</translation>
    </message>
    <message>
        <source>Not debt-free: %1</source>
        <translation>無法還清所有債務：%1</translation>
    </message>
    <message>
        <source>No open debts to plan.</source>
        <translation>沒有未結清的債務需要規劃。</translation>
    </message>
    <message>
        <source>not an id (a whole number from 1): %1</source>
        <extracomment>the largest id SQLite stores (a signed 64-bit integer)</extracomment>
        <translation>不是有效的編號（從 1 開始的整數）：%1</translation>
    </message>
    <message>
        <source>Debt %1 added: %2</source>
        <translation>已新增債務 %1：%2</translation>
    </message>
    <message>
        <source>Minimum %1 due %2; %3 by then keeps it interest-free</source>
        <translation>最低還款額 %1，到期還款日 %2；屆時還清 %3 即可免息</translation>
    </message>
    <message>
        <source>the issuer: its id, or a name (added if new)</source>
        <translation>發卡機構：編號或名稱（新名稱將自動新增）</translation>
    </message>
    <message>
        <source>a name, e.g. card ending 1234</source>
        <translation>名稱，例如 尾號1234 的卡</translation>
    </message>
    <message>
        <source>add a credit card as its bill reads</source>
        <translation>按帳單新增一張信用卡</translation>
    </message>
    <message>
        <source>Add a credit card by its statement: 账单金额, 最低还款额 (or the card&apos;s rule), 账单日 and 到期还款日. Paid in full by the due date it costs no interest; otherwise revolving interest and 违约金 are owed.</source>
        <translation>按帳單新增信用卡：帳單金額、最低還款額（或按卡的規則計算）、帳單日和到期還款日。到期還款日前全額還款則免息；否則需付循環利息和違約金。</translation>
    </message>
    <message>
        <source>an amount, e.g. 10,000</source>
        <translation>金額，例如 10,000</translation>
    </message>
    <message>
        <source>a date, e.g. 2026-04-05</source>
        <translation>日期，例如 2026-04-05</translation>
    </message>
    <message>
        <source>the minimum printed on the bill (default: by the card&apos;s rule)</source>
        <translation>帳單上印的最低還款額（預設按卡的規則計算）</translation>
    </message>
    <message>
        <source>fees, interest and 违约金 on the bill</source>
        <translation>帳單中的費用、利息和違約金</translation>
    </message>
    <message>
        <source>this month&apos;s 分期 instalment on the bill</source>
        <translation>帳單中本月的分期還款額</translation>
    </message>
    <message>
        <source>the posting date interest runs from (default: the statement date)</source>
        <translation>起息的記帳日（預設帳單日）</translation>
    </message>
    <message>
        <source>the card&apos;s rate (default 0.05% a day)</source>
        <translation>卡的利率（預設日利率 0.05%）</translation>
    </message>
    <message>
        <source>add a card bill in instalments (账单分期)</source>
        <translation>新增帳單分期</translation>
    </message>
    <message>
        <source>Add a 账单分期: the amount in equal parts with the same fee every period; its true APR is shown like any loan&apos;s.</source>
        <translation>新增帳單分期：本金每期均攤，每期手續費相同；與其他借款一樣顯示實際年化利率。</translation>
    </message>
    <message>
        <source>the fee each period</source>
        <translation>每期手續費</translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>Unknown call result: %1</source>
        <translation>未知的通話結果：%1</translation>
    </message>
    <message>
        <source>Contacted third parties (family or address book)</source>
        <translation>聯絡了第三方（家人或通訊錄聯絡人）</translation>
    </message>
    <message>
        <source>Impersonated a court, the police or another authority</source>
        <translation>冒充法院、警察或其他機關</translation>
    </message>
    <message>
        <source>Asked for payment into a personal account: a common fraud pattern</source>
        <translation>要求還款到個人帳戶：這是常見的詐騙手法</translation>
    </message>
    <message>
        <source>Threats, insults or intimidation</source>
        <translation>威脅、辱罵或恐嚇</translation>
    </message>
    <message>
        <source>Contact %1 has a time without a time zone</source>
        <translation>聯絡紀錄 %1 的時間沒有時區</translation>
    </message>
    <message>
        <source>Contacted at %1, inside the quiet hours 22:00–08:00</source>
        <translation>%1 聯絡，處於 22:00–08:00 的禁止催收時段內</translation>
    </message>
    <message>
        <source>%1 conversations in one day (the limit is %2)</source>
        <translation>一天內通話 %1 次（上限為 %2 次）</translation>
    </message>
    <message>
        <source>%1 unanswered calls to the same number in one day (the limit is %2)</source>
        <translation>一天內對同一號碼撥打 %1 次未接通（上限為 %2 次）</translation>
    </message>
    <message>
        <source>Hang up and call the lender back on the hotline shown in its official app, on your card or in the contract, never on a number the caller or an SMS gave you. Ask whether the account is overdue, who may collect it and the exact amount.</source>
        <translation>掛斷電話，透過出借方官方 App、銀行卡或合約上的客服熱線回撥，切勿使用來電者或簡訊提供的號碼。詢問帳戶是否逾期、誰有權催收以及確切金額。</translation>
    </message>
    <message>
        <source>Compare the amount with the figure shown in the lender&apos;s official app.</source>
        <translation>將金額與出借方官方 App 中顯示的數字進行核對。</translation>
    </message>
    <message>
        <source>Pay only through the lender&apos;s app, an official account in the lender&apos;s name or the bank&apos;s own channels; never to a personal account or a QR code.</source>
        <translation>只透過出借方的 App、以出借方名義開立的官方帳戶或銀行自身的管道還款；切勿轉入個人帳戶或掃描 QR Code付款。</translation>
    </message>
    <message>
        <source>Negotiating with the lender is free. Fees demanded up front by third parties are a warning sign.</source>
        <translation>與出借方協商是免費的。第三方預先收取費用是危險訊號。</translation>
    </message>
    <message>
        <source>No one can delete accurate overdue records for a fee. The lawful routes are an objection for errors and the central bank&apos;s one-time credit repair.</source>
        <translation>沒有人能收費刪除真實的逾期紀錄。合法途徑只有對錯誤紀錄提出異議，以及中國人民銀行的一次性信用修復政策。</translation>
    </message>
    <message>
        <source>Report fraud to 96110 or 110, or through the national anti-fraud app, and keep the evidence.</source>
        <translation>遇到詐騙請撥打 96110 或 110 舉報，或透過國家反詐中心 App 舉報，並保留證據。</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Unknown columns %1. Payments need debt_id,date,amount; debts need lender,name,principal,start_date,months,rate.</source>
        <translation>未知的欄位 %1。還款紀錄需要 debt_id,date,amount；債務需要 lender,name,principal,start_date,months,rate。</translation>
    </message>
    <message>
        <source>This is not a readable CSV file (line %1): %2</source>
        <translation>這不是可讀取的 CSV 檔案（第 %1 列）：%2</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>檔案中沒有任何資料列。</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>這一列的儲存格比標題列多。</translation>
    </message>
    <message>
        <source>No debt %1.</source>
        <translation>沒有債務 %1。</translation>
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
        <translation>請輸入日期。</translation>
    </message>
    <message>
        <source>Not a date: %1 (use 2026-03-15)</source>
        <translation>不是有效的日期：%1（格式如 2026-03-15）</translation>
    </message>
    <message>
        <source>%1 has no day %2: that month has %3 days.</source>
        <translation>%1 沒有 %2 日：該月只有 %3 天。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>請輸入 %1 到 %2 之間的整數。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 1000.</source>
        <translation>請輸入 0 到 1000 之間的百分比。</translation>
    </message>
    <message>
        <source>Enter the lender&apos;s name.</source>
        <translation>請輸入出借方名稱。</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>最多 200 個字元。</translation>
    </message>
    <message>
        <source>Unknown lender kind: %1</source>
        <translation>未知的出借方類型：%1</translation>
    </message>
    <message>
        <source>Choose or add the lender.</source>
        <translation>請選擇或新增出借方。</translation>
    </message>
    <message>
        <source>Enter a name for this debt.</source>
        <translation>請為這筆債務輸入名稱。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY.</source>
        <translation>請使用三個字母的貨幣代碼，例如 CNY。</translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation>金額必須大於零。</translation>
    </message>
    <message>
        <source>Say whether the rate is annual, monthly or daily.</source>
        <translation>請說明利率是年利率、月利率還是日利率。</translation>
    </message>
    <message>
        <source>Choose a repayment method.</source>
        <translation>請選擇還款方式。</translation>
    </message>
    <message>
        <source>Choose what paying ahead should do.</source>
        <translation>請選擇提前還款後的處理方式。</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>請選擇狀態。</translation>
    </message>
    <message>
        <source>The amount received is far above the amount borrowed.</source>
        <translation>實際收到金額遠高於借款金額。</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可讀取的檔案。</translation>
    </message>
    <message>
        <source>%1 is too large to keep as evidence.</source>
        <translation>%1 太大，無法作為證據儲存。</translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation>%1 在複製過程中發生了變化。</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 已經附加在這裡了。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>This file is not a JSON document.</source>
        <extracomment>format versions this reader understands</extracomment>
        <translation>此檔案不是 JSON 文件。</translation>
    </message>
    <message>
        <source>This file is not a debttracker export.</source>
        <translation>此檔案不是 debttracker 匯出檔案。</translation>
    </message>
    <message>
        <source>This export has format version %1; this app reads versions 1 to %2.</source>
        <translation>此匯出檔案的格式版本為 %1；本應用程式可讀取版本 1 至 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>The export does not say its schema.</source>
        <translation>匯出檔案沒有註明其資料庫結構版本。</translation>
    </message>
    <message>
        <source>This export comes from a newer version of debttracker; update the app.</source>
        <translation>此匯出檔案來自更新版本的 debttracker；請更新應用程式。</translation>
    </message>
    <message>
        <source>Table %1 is not a list of rows.</source>
        <translation>資料表 %1 不是資料列清單。</translation>
    </message>
    <message>
        <source>%1 is not a row.</source>
        <translation>%1 不是一筆資料列。</translation>
    </message>
    <message>
        <source>Unknown column: %1</source>
        <translation>未知的欄位：%1</translation>
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
        <translation>兩筆資料列的鍵值相同：%1</translation>
    </message>
    <message>
        <source>%1 refers to a row that is not there.</source>
        <translation>%1 參照了一筆不存在的資料列。</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash.</source>
        <extracomment>values that become file names or hashes: (table, column) -&gt; (check, may be empty)</extracomment>
        <translation>%1 不是 SHA-256 雜湊值。</translation>
    </message>
    <message>
        <source>%1 is not a plain file name.</source>
        <translation>%1 不是單純的檔案名稱。</translation>
    </message>
    <message>
        <source>The export holds no tables.</source>
        <translation>匯出檔案中沒有任何資料表。</translation>
    </message>
    <message>
        <source>Unknown table: %1</source>
        <translation>未知的資料表：%1</translation>
    </message>
    <message>
        <source>This data directory already holds data. Import into an empty one, or replace the data (a backup is taken first).</source>
        <translation>此資料目錄中已有資料。請匯入到空目錄，或替換現有資料（會先進行備份）。</translation>
    </message>
    <message>
        <source>Data appeared.</source>
        <translation>資料目錄中出現了資料。</translation>
    </message>
    <message>
        <source>The export breaks a rule of the database (%1); nothing was imported.</source>
        <translation>匯出檔案違反了資料庫規則（%1）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was imported.</source>
        <translation>匯入失敗（%1）；未匯入任何內容。</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必須填寫一個值</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>應為 true 或 false</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>應為文字</translation>
    </message>
    <message>
        <source>the text is not valid Unicode</source>
        <translation>文字不是有效的 Unicode</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>最多 %1 個字元</translation>
    </message>
    <message>
        <source>expected a date like 2026-03-15</source>
        <translation>應為日期，例如 2026-03-15</translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation>不是真實存在的日期</translation>
    </message>
    <message>
        <source>expected a time like 2026-03-15T08:30:00+00:00</source>
        <translation>應為時間，例如 2026-03-15T08:30:00+00:00</translation>
    </message>
    <message>
        <source>not a real time</source>
        <translation>不是真實存在的時間</translation>
    </message>
    <message>
        <source>the time needs its UTC offset</source>
        <translation>時間需要帶 UTC 偏移量</translation>
    </message>
    <message>
        <source>expected a decimal number as text</source>
        <translation>應為以文字表示的十進位數</translation>
    </message>
    <message>
        <source>expected a decimal number</source>
        <translation>應為十進位數</translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation>應為 base64 文字</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>壓縮檔 %1 已損壞。</translation>
    </message>
    <message>
        <source>The archive&apos;s list of evidence files is not valid.</source>
        <translation>壓縮檔中的證據檔案清單無效。</translation>
    </message>
    <message>
        <source>The archive lists an unsafe file name: %1</source>
        <translation>壓縮檔列出了不安全的檔案名稱：%1</translation>
    </message>
    <message>
        <source>This archive is not a debttracker export.</source>
        <translation>此壓縮檔不是 debttracker 匯出檔案。</translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the archive.</source>
        <translation>壓縮檔中沒有證據檔案 %1。</translation>
    </message>
    <message>
        <source>The evidence file %1 does not match its SHA-256.</source>
        <translation>證據檔案 %1 與其 SHA-256 不符。</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Your data are in use by another program (another debttracker window or a command). Close it and try again; nothing was changed.</source>
        <extracomment>Lines of ``quick_check`` output kept in a report (a badly damaged file gives thousands).</extracomment>
        <translation>你的資料正被另一個程式使用（另一個 debttracker 視窗或指令）。請關閉後重試；沒有做任何更改。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is damaged, not new. It will be kept aside; you can restore your latest good backup.</source>
        <translation>%1 為空（0 位元組）：檔案已損壞，並非新資料。它將被另行保留；您可以還原最近一次完好的備份。</translation>
    </message>
    <message>
        <source>%1 is damaged. It will be kept aside untouched; you can restore your latest good backup.</source>
        <translation>%1 已損壞。它會被原樣另行保留；你可以還原最近一次完好的備份。</translation>
    </message>
    <message>
        <source>Cannot set %1 aside.</source>
        <translation>無法將 %1 移到一旁。</translation>
    </message>
</context>
<context>
    <name>irr</name>
    <message>
        <source>No interest rate exists for these cash flows.</source>
        <translation>這些現金流不存在對應的利率。</translation>
    </message>
    <message>
        <source>No interest rate exists: the cash flows need both money received and money paid.</source>
        <translation>不存在對應的利率：現金流中必須既有收到的錢，也有付出的錢。</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation>不存在 id 為 %2 的%1。</translation>
    </message>
    <message>
        <source>This lender still has debts.</source>
        <translation>這個出借方仍有債務。</translation>
    </message>
    <message>
        <source>The negotiation log still has records about this lender.</source>
        <translation>協商紀錄中仍有關於該出借方的紀錄。</translation>
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
        <translation>協商中</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>已重組</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已結清</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核銷</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>訴訟中</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Credit-card issuer</source>
        <translation>信用卡發卡銀行</translation>
    </message>
    <message>
        <source>Consumer-finance company</source>
        <translation>消費金融公司</translation>
    </message>
    <message>
        <source>Microcredit company</source>
        <translation>小額貸款公司</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>網貸平台</translation>
    </message>
    <message>
        <source>Person (family, friend)</source>
        <translation>個人（家人、朋友）</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>貸款</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Card bill instalments (账单分期)</source>
        <translation>帳單分期</translation>
    </message>
    <message>
        <source>Personal loan</source>
        <translation>個人借款</translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation>等額本息</translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation>等額本金</translation>
    </message>
    <message>
        <source>Interest first (先息后本)</source>
        <translation>先息後本</translation>
    </message>
    <message>
        <source>All at the end (一次性还本付息)</source>
        <translation>一次性還本付息</translation>
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
        <translation>已還</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分已還</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待還</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Same end date, lower payments (月供减少)</source>
        <translation>期限不變，每期還款減少</translation>
    </message>
    <message>
        <source>Same payment, fewer months (期限缩短)</source>
        <translation>每期還款不變，期限縮短</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可讀取的檔案。</translation>
    </message>
    <message>
        <source>%1 is too large to keep.</source>
        <translation>%1 太大，無法儲存。</translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation>%1 在複製過程中發生了變化。</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Not an amount: %1</source>
        <extracomment>Amounts at or above this (one trillion yuan) are refused as typing mistakes.</extracomment>
        <translation>不是有效的金額：%1</translation>
    </message>
    <message>
        <source>Amount too large: %1</source>
        <translation>金額過大：%1</translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation>最多保留兩位小數：%1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <extracomment>longer typed text is refused before any arithmetic (no Decimal overflow, no silent rounding)</extracomment>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <source>That is too long to be an amount.</source>
        <translation>太長了，不是有效的金額。</translation>
    </message>
    <message>
        <source>The amount cannot be negative: %1</source>
        <translation>金額不能為負數：%1</translation>
    </message>
</context>
<context>
    <name>negotiation</name>
    <message>
        <source>I contacted them</source>
        <translation>我聯絡了對方</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>對方聯絡了我</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>App chat</source>
        <translation>App 內聊天</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>當面拜訪</translation>
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
        <translation>減免利息/罰息</translation>
    </message>
    <message>
        <source>Restructuring (债务重组)</source>
        <translation>債務重組</translation>
    </message>
    <message>
        <source>Deferral (延期)</source>
        <translation>延期還款</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>一次性結清</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>對方考慮中</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>對方提出方案</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已達成一致</translation>
    </message>
    <message>
        <source>Answered: we talked</source>
        <translation>已接聽並通話</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未接聽</translation>
    </message>
    <message>
        <source>Hung up before anyone spoke</source>
        <translation>未通話即掛斷</translation>
    </message>
    <message>
        <source>I agreed to this time</source>
        <translation>這個時間是我同意的</translation>
    </message>
    <message>
        <source>Contacted family or address book</source>
        <translation>聯絡了家人或通訊錄聯絡人</translation>
    </message>
    <message>
        <source>Claimed to be court or police</source>
        <translation>自稱法院或警察</translation>
    </message>
    <message>
        <source>Asked to pay a personal account</source>
        <translation>要求轉帳到個人帳戶</translation>
    </message>
    <message>
        <source>Threats or insults</source>
        <translation>威脅或辱罵</translation>
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
        <translation>還款</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Stop penalty interest</source>
        <translation>停止計算罰息</translation>
    </message>
    <message>
        <source>Send the agreement</source>
        <translation>傳送協議</translation>
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
        <translation>延期還款</translation>
    </message>
    <message>
        <source>Contact at night (22:00–08:00)</source>
        <translation>夜間聯絡（22:00–08:00）</translation>
    </message>
    <message>
        <source>Too many conversations in a day</source>
        <translation>單日通話次數過多</translation>
    </message>
    <message>
        <source>Too many unanswered calls in a day</source>
        <translation>單日未接來電過多</translation>
    </message>
    <message>
        <source>Impersonated court or police</source>
        <translation>冒充法院或警察</translation>
    </message>
    <message>
        <source>Demanded payment to a personal account</source>
        <translation>要求還款到個人帳戶</translation>
    </message>
    <message>
        <source>Other abuse</source>
        <translation>其他違規行為</translation>
    </message>
    <message>
        <source>Agreement instalment missed</source>
        <translation>協議分期未按時還款</translation>
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
        <translation>協商中</translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation>已重組</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已結清</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已核銷</translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation>訴訟中</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>催收事件</translation>
    </message>
    <message>
        <source>Rule breach</source>
        <translation>違規行為</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>還款</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>總結反思</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>已被改動</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
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
        <translation>%1（節假日安排尚未公佈）</translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation>非官方號碼</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>已核實身分</translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation>未核實身分</translation>
    </message>
    <message>
        <source>%1 promised: %2, due %3 (%4)</source>
        <translation>%1 承諾：%2，%3 到期（%4）</translation>
    </message>
    <message>
        <source>%1: %2 over %3 months from %4 (terms version %5)</source>
        <translation>%1：%2，分 %3 個月，自 %4 起（條款版本 %5）</translation>
    </message>
    <message>
        <source>Agreement instalment %1 due %2 missed: %3 unpaid</source>
        <translation>協議第 %1 期（%2 到期）未按時還款：未還 %3</translation>
    </message>
    <message>
        <source>(reported to %1)</source>
        <translation>（已舉報至 %1）</translation>
    </message>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%2 已還 %1</translation>
    </message>
    <message>
        <source>%1 · What worked: %2 · Next time: %3</source>
        <translation>%1 · 有效做法：%2 · 下次改進：%3</translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation>已新增證據：%1</translation>
    </message>
    <message>
        <source>Choose the lender.</source>
        <extracomment>a logged contact may be a little ahead of the clock (typing while the call ends)</extracomment>
        <translation>請選擇出借方。</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>時間需要帶時區。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>這個時間在將來。</translation>
    </message>
    <message>
        <source>Unknown direction: %1</source>
        <translation>未知的方向：%1</translation>
    </message>
    <message>
        <source>Unknown channel: %1</source>
        <translation>未知的管道：%1</translation>
    </message>
    <message>
        <source>Write down the number or account they used.</source>
        <translation>請記下對方使用的號碼或帳號。</translation>
    </message>
    <message>
        <source>This number is not an official channel. Say how you verified who they are (for example: called back the official hotline).</source>
        <translation>這個號碼不是官方管道。請說明你是如何核實對方身分的（例如：回撥了官方客服熱線）。</translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation>未知的請求：%1</translation>
    </message>
    <message>
        <source>Unknown outcome: %1</source>
        <translation>未知的結果：%1</translation>
    </message>
    <message>
        <source>Unknown flag.</source>
        <translation>未知的標記。</translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation>請寫一段簡短的摘要。</translation>
    </message>
    <message>
        <source>Who made the promise?</source>
        <translation>承諾是誰做出的？</translation>
    </message>
    <message>
        <source>Unknown kind of promise: %1</source>
        <translation>未知的承諾類型：%1</translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation>未知的狀態：%1</translation>
    </message>
    <message>
        <source>Enter the amount promised.</source>
        <translation>請輸入承諾的金額。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>請描述承諾的內容。</translation>
    </message>
    <message>
        <source>Working days must be between 1 and %1.</source>
        <translation>工作日數必須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>Give a due date or a number of days.</source>
        <translation>請填寫到期日期或天數。</translation>
    </message>
    <message>
        <source>The due date is before the promise.</source>
        <translation>到期日期早於承諾日期。</translation>
    </message>
    <message>
        <source>Choose the debt.</source>
        <translation>請選擇債務。</translation>
    </message>
    <message>
        <source>Unknown kind of agreement: %1</source>
        <translation>未知的協議類型：%1</translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation>簽訂日期在將來。</translation>
    </message>
    <message>
        <source>The first instalment is due before the signing date.</source>
        <translation>首期還款日早於簽訂日期。</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>金額必須為正數。</translation>
    </message>
    <message>
        <source>The number of months must be 1 to %1.</source>
        <translation>月數必須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>Not a valid rate.</source>
        <translation>不是有效的利率。</translation>
    </message>
    <message>
        <source>Deferral must be 1 to 120 months.</source>
        <translation>延期必須為 1 到 120 個月。</translation>
    </message>
    <message>
        <source>Nothing is left to defer on this debt.</source>
        <translation>這筆債務已沒有可以延期的部分。</translation>
    </message>
    <message>
        <source>Enter the settlement amount.</source>
        <translation>請輸入一次性結清金額。</translation>
    </message>
    <message>
        <source>The settlement is more than the amount owed.</source>
        <translation>結清金額超過了欠款金額。</translation>
    </message>
    <message>
        <source>A waived amount cannot be negative.</source>
        <translation>減免金額不能為負數。</translation>
    </message>
    <message>
        <source>Unknown kind of incident: %1</source>
        <translation>未知的催收事件類型：%1</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>請描述發生了什麼。</translation>
    </message>
    <message>
        <source>The report date is before the incident.</source>
        <translation>舉報日期早於事件發生日期。</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>這個日期在將來。</translation>
    </message>
    <message>
        <source>Write what worked or what you would do differently.</source>
        <translation>請寫下有效的做法，或下次會怎麼做。</translation>
    </message>
    <message>
        <source>This %1 no longer exists (id %2).</source>
        <extracomment>record kind -&gt; table, for capture / restore / remove</extracomment>
        <translation>這條%1已不存在（id %2）。</translation>
    </message>
    <message>
        <source>This debt is with another lender.</source>
        <translation>這筆債務屬於另一個出借方。</translation>
    </message>
    <message>
        <source>This agreement can no longer be taken back: newer terms or payments depend on it.</source>
        <translation>這份協議已無法撤回：之後的條款或還款依賴於它。</translation>
    </message>
</context>
<context>
    <name>overdue</name>
    <message>
        <source>Grace days cannot be negative: %1</source>
        <translation>寬限期天數不能為負數：%1</translation>
    </message>
    <message>
        <source>The penalty uplift cannot be negative: %1</source>
        <translation>罰息加碼比例不能為負數：%1</translation>
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
        <translation>債務 %1 被列出了兩次</translation>
    </message>
    <message>
        <source>%1: amounts and rates cannot be negative</source>
        <translation>%1：金額和利率不能為負數</translation>
    </message>
    <message>
        <source>The monthly amount cannot be negative: %1</source>
        <translation>每月金額不能為負數：%1</translation>
    </message>
    <message>
        <source>Months start at 1, not %1</source>
        <translation>月份從 1 開始，而不是 %1</translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation>%1 的錢比應還金額少 %2；未還：%3。未還部分將逾期並產生罰息。</translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. The biggest gap is in %4: short by %5; not paid: %6. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation>%1 的錢比應還金額少 %2；未還：%3。缺口最大的是 %4：少 %5；未還：%6。未還部分將逾期並產生罰息。</translation>
    </message>
    <message>
        <source>Not paid off within %1 months at this amount</source>
        <translation>按此金額，%1 個月內無法還清</translation>
    </message>
    <message>
        <source>The payments do not cover the interest: these debts would never be paid off: %1</source>
        <translation>還款不足以支付利息，這些債務永遠無法還清：%1</translation>
    </message>
</context>
<context>
    <name>prepay</name>
    <message>
        <source>No open instalment after number %1</source>
        <translation>第 %1 期之後沒有未還的分期</translation>
    </message>
    <message>
        <source>The payoff date must fall between %1 and %2</source>
        <translation>還清日期必須在 %1 和 %2 之間</translation>
    </message>
    <message>
        <source>The prepayment must be between 0.01 and the balance %1</source>
        <translation>提前還款金額必須在 0.01 和餘額 %1 之間</translation>
    </message>
    <message>
        <source>Keeping the payment applies only to annuity and equal-principal loans.</source>
        <translation>保持每期還款額不變只適用於等額本息和等額本金貸款。</translation>
    </message>
</context>
<context>
    <name>rate</name>
    <message>
        <source>Day basis must be 360 or 365, not %1</source>
        <extracomment>Refuse rates whose annual equivalent reaches this (10,000 %): a typing mistake.</extracomment>
        <translation>計息天數必須是 360 或 365，而不是 %1</translation>
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
        <translation>請輸入利率。</translation>
    </message>
    <message>
        <source>That is too long to be a rate.</source>
        <translation>太長了，不是有效的利率。</translation>
    </message>
    <message>
        <source>A rate cannot be negative: %1</source>
        <translation>利率不能為負數：%1</translation>
    </message>
    <message>
        <source>Rate too high to be real: %1</source>
        <translation>利率過高，不可能是真實的：%1</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Days before cannot be negative</source>
        <translation>提前天數不能為負數</translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is due on %3: %4</source>
        <translation>%2 第 %1 期將於 %3 到期：%4</translation>
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
        <translation>你的承諾自 %1 起逾期：%2</translation>
    </message>
    <message>
        <source>Your promise is due today: %1</source>
        <translation>你的承諾今天到期：%1</translation>
    </message>
    <message>
        <source>The lender&apos;s promise is due today: %1</source>
        <translation>出借方的承諾今天到期：%1</translation>
    </message>
    <message>
        <source>The lender did not keep its promise: %1</source>
        <translation>出借方沒有履行承諾：%1</translation>
    </message>
    <message>
        <source>%1: payment due on %2, minimum %3</source>
        <translation>%1：%2 還款日，最低應繳 %3</translation>
    </message>
    <message>
        <source>Days of the month are 1 to 31</source>
        <translation>每月的日期為 1 到 31</translation>
    </message>
    <message>
        <source>Statement day of %1</source>
        <translation>%1 帳單日</translation>
    </message>
    <message>
        <source>%1: payment due on %2</source>
        <translation>%1：%2 還款日</translation>
    </message>
    <message>
        <source>The current time has no time zone</source>
        <translation>目前時間沒有時區</translation>
    </message>
    <message>
        <source>Instalment %1 of %2: %3</source>
        <translation>%2 第 %1 期：%3</translation>
    </message>
    <message>
        <source>My promise: %1</source>
        <translation>我的承諾：%1</translation>
    </message>
    <message>
        <source>Lender&apos;s promise: %1</source>
        <translation>出借方的承諾：%1</translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation>帳單日：%1</translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation>信用卡還款日：%1</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>debttracker dues</source>
        <translation>debttracker 還款日程</translation>
    </message>
    <message>
        <source>Mark reminder done</source>
        <translation>標記提醒為已處理</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>稍後提醒</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已處理</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>已延後到 %1</translation>
    </message>
    <message>
        <source>Instalment coming up</source>
        <translation>即將到期的分期</translation>
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
        <translation>今天到期的承諾</translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation>已逾期的承諾</translation>
    </message>
    <message>
        <source>Follow up a promise</source>
        <translation>追蹤承諾</translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation>信用卡帳單日</translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation>信用卡還款日</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 reminders from debttracker</source>
        <translation>debttracker 的 %1 條提醒</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>……還有 %1 項</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>how long a call may block the UI thread when the server hangs (it answers in ~1 ms)</extracomment>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 小時後再提醒</translation>
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
        <translation>每個週期保留 0 到 %1 份備份。</translation>
    </message>
    <message>
        <source>Not a whole number of backups: %1</source>
        <translation>備份數量不是整數：%1</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>Unknown sample scale: %1 (use small or large)</source>
        <extracomment>sub-generators, in the order they run</extracomment>
        <translation>未知的範例資料規模：%1（請使用 small 或 large）</translation>
    </message>
    <message>
        <source>This data directory already has debts; sample data go only into an empty one. Use a new data directory (--data-dir) to explore.</source>
        <translation>此資料目錄中已有債務；範例資料只能放入空目錄。請使用新的資料目錄（--data-dir）來體驗。</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>The principal must be a positive amount: %1</source>
        <translation>本金必須是正數：%1</translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation>最多保留兩位小數：%1</translation>
    </message>
    <message>
        <source>The term must be 1 to %1 months, not %2</source>
        <translation>期限必須為 1 到 %1 個月，而不是 %2</translation>
    </message>
    <message>
        <source>The payment does not cover the interest; the loan would never be repaid.</source>
        <translation>每期還款不足以支付利息，這筆貸款永遠還不完。</translation>
    </message>
    <message>
        <source>Unknown repayment method: %1</source>
        <translation>未知的還款方式：%1</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>This data was written by a newer version of debttracker (schema %1). Please update the app; the file was left untouched.</source>
        <translation>這些資料由更新版本的 debttracker 寫入（資料庫版本 %1）。請更新應用程式；檔案未做任何改動。</translation>
    </message>
    <message>
        <source>the app is open on this data directory; close it first</source>
        <translation>應用程式正在使用此資料目錄；請先關閉它</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁碟已滿：沒有儲存任何內容。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved. Check its permissions.</source>
        <translation>資料夾為唯讀：沒有儲存任何內容。請檢查其權限。</translation>
    </message>
    <message>
        <source>The data are in use by another program and stayed locked: nothing was saved. Try again in a moment.</source>
        <translation>資料正被另一個程式使用並一直處於鎖定狀態：沒有儲存任何內容。請稍後重試。</translation>
    </message>
    <message>
        <source>%1 is not a debttracker database or is damaged.</source>
        <translation>%1 不是 debttracker 資料庫，或已損壞。</translation>
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
        <translation>先還罰息</translation>
    </message>
    <message>
        <source>My order</source>
        <translation>我的順序</translation>
    </message>
    <message>
        <source>Minimums only</source>
        <translation>只還最低</translation>
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
        <translation>%1 年的官方節假日安排尚未公佈；%1 年的日期僅按週末休息計算</translation>
    </message>
    <message>
        <source>Working days must be between 0 and %1</source>
        <translation>工作日數必須在 0 到 %1 之間</translation>
    </message>
</context>
</TS>
