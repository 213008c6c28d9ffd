<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <source>Log contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Record promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation></translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a contact, promise, agreement or incident first, then attach the file to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 evidence files no longer match what was stored:</source>
        <translation></translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Item</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up now</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Today</source>
        <translation></translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation></translation>
    </message>
    <message>
        <source>My promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply promised by the lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up the lender&apos;s promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation></translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda: the next %1 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Agenda for the next %1 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Due dates, promises and follow-ups, by date. Press Enter to open one.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing is due, promised or to follow up in the next %1 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agenda could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Enter the interest rate of the agreement (type 0 if it charges no interest).</source>
        <translation></translation>
    </message>
    <message>
        <source>Record an agreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>New terms</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount restructured</source>
        <translation></translation>
    </message>
    <message>
        <source>Owed on the signing date</source>
        <translation></translation>
    </message>
    <message>
        <source>Monthly instalments</source>
        <translation></translation>
    </message>
    <message>
        <source>Deferred by (months)</source>
        <translation></translation>
    </message>
    <message>
        <source>First instalment due</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest under the agreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal left: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest already due: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty interest and late fees: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees due: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>In all: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing left to schedule.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 instalments from %2 to %3, first %4, in all %5</source>
        <translation></translation>
    </message>
    <message>
        <source>The lender gives up %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Daily</source>
        <translation></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BalancesChart</name>
    <message>
        <source>Not paid off at this amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt-free: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>What you still owe, month by month</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 other debts</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BudgetCategory</name>
    <message>
        <source>Salary</source>
        <extracomment>kind -&gt; (category key, English name, essential by default)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Side work</source>
        <translation></translation>
    </message>
    <message>
        <source>Support from family</source>
        <translation></translation>
    </message>
    <message>
        <source>Benefits and allowances</source>
        <translation></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation></translation>
    </message>
    <message>
        <source>Rent and housing</source>
        <translation></translation>
    </message>
    <message>
        <source>Food</source>
        <translation></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation></translation>
    </message>
    <message>
        <source>Utilities and phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation></translation>
    </message>
    <message>
        <source>Children</source>
        <translation></translation>
    </message>
    <message>
        <source>Education</source>
        <translation></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation></translation>
    </message>
    <message>
        <source>Supporting parents</source>
        <translation></translation>
    </message>
    <message>
        <source>Leisure and eating out</source>
        <translation></translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>Change budget line</source>
        <translation></translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Salary, Rent, School fees</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 2,200 or 1.2万</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave empty until you know</source>
        <translation></translation>
    </message>
    <message>
        <source>Essential: must be paid before any debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeats every month until changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Income or expense</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned per month</source>
        <translation></translation>
    </message>
    <message>
        <source>Actual in %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes apply from %1 on; earlier months keep what they were.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Item</source>
        <extracomment>the user ticked or cleared &quot;essential&quot; on a line: (line id, essential)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Essential</source>
        <translation></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation></translation>
    </message>
    <message>
        <source>No actual amount yet; the plan counts.</source>
        <translation></translation>
    </message>
    <message>
        <source>This month only</source>
        <translation></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>The change could not be saved: %1</source>
        <extracomment>does the edit in a session; returns the ids of lines it created ids of the lines the action created (the tab selects the first one) why the last run was refused (shown by the dialog that asked for it)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Income</source>
        <translation></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation></translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation></translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation></translation>
    </message>
    <message>
        <source>This month</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy last month&apos;s plan</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy last month&apos;s one-off lines into this month</source>
        <translation></translation>
    </message>
    <message>
        <source>Your situation…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export statement…</source>
        <translation></translation>
    </message>
    <message>
        <source>Know your position first</source>
        <translation></translation>
    </message>
    <message>
        <source>Before asking a lender for anything, write down your monthly income and your essential spending (rent, food, transport, medical, children). What is left is what you can honestly offer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add your income</source>
        <translation></translation>
    </message>
    <message>
        <source>Add an expense</source>
        <translation></translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove from this month on</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing planned for this month yet: add a line, or copy last month&apos;s plan.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark “%1” essential</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark “%1” not essential</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed “%1” from %2 on. Undo with Ctrl+Z.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to copy: this month already has everything planned in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the plan of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the explanation</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement saved to %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>The bill</source>
        <extracomment>DebtForm fields the card part fills</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The card&apos;s rules</source>
        <translation></translation>
    </message>
    <message>
        <source>Defaults: 10 % of purchases + all fees, interest and 分期, at least 10; 违约金 5 % of the unpaid minimum. Your card contract may differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement balance (账单金额)</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payment (最低还款额)</source>
        <translation></translation>
    </message>
    <message>
        <source>as printed; empty: by the rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement date (账单日)</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment due date (到期还款日)</source>
        <translation></translation>
    </message>
    <message>
        <source>Of which fees, interest, 违约金</source>
        <translation></translation>
    </message>
    <message>
        <source>Of which this month&apos;s 分期 instalment</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest runs from (记账日)</source>
        <translation></translation>
    </message>
    <message>
        <source>earliest posting; empty: the statement date</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment due day</source>
        <translation></translation>
    </message>
    <message>
        <source>from the bill&apos;s dates</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum: % of purchases</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum at least</source>
        <translation></translation>
    </message>
    <message>
        <source>违约金: % of the unpaid minimum</source>
        <translation></translation>
    </message>
    <message>
        <source>Tolerance (容差)</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum %1 by %2 (the card&apos;s rule gives %3); pay %4 by then and the bill costs no interest, else %5 a day on it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <source>Case file</source>
        <translation></translation>
    </message>
    <message>
        <source>A PDF with the timeline, promises, agreements, incidents and the debt&apos;s figures and true APR, and a ZIP of the evidence with a SHA-256 manifest: ready for a complaint to the lender, 12378 or 12363, a mediator or a lawyer.</source>
        <translation></translation>
    </message>
    <message>
        <source>For</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save in</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the case file in</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: %1 evidence files are missing or altered; the manifest says which.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>not paid off</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt-free</source>
        <translation></translation>
    </message>
    <message>
        <source>Total interest</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>How</source>
        <translation></translation>
    </message>
    <message>
        <source>the number or account they used</source>
        <translation></translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation></translation>
    </message>
    <message>
        <source>my number they called</source>
        <translation></translation>
    </message>
    <message>
        <source>My line</source>
        <translation></translation>
    </message>
    <message>
        <source>The call</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Their name</source>
        <translation></translation>
    </message>
    <message>
        <source>I verified who they are</source>
        <translation></translation>
    </message>
    <message>
        <source>how, e.g. called back the hotline</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Not an official channel of this lender (on record: %1). Verify who they are before you act or pay:</source>
        <translation></translation>
    </message>
    <message>
        <source>No official number of this lender is on record in the ledger. Verify who they are before you act or pay:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CostlyModel</name>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>True APR</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvActions</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import debts or payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the debts table</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Your data file is damaged</source>
        <translation></translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restore it? The damaged file is kept aside, never deleted.</source>
        <translation></translation>
    </message>
    <message>
        <source>No good backup was found. The damaged file is left as it is; you can restore a backup file from elsewhere with Restore…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back up now</source>
        <extracomment>emitted after a restore or an import replaced the data: the window reopens the store</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation></translation>
    </message>
    <message>
        <source>Today&apos;s backup was saved in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <source>All data exported to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker exports (*.zip *.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Data imported from %1; the previous data were backed up first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DebtDetail</name>
    <message>
        <source>Record payment…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit debt…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit payment…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation></translation>
    </message>
    <message>
        <source>This payment has no receipt kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The receipt %1 is not in the evidence folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a debt in the list to see its schedule.</source>
        <translation></translation>
    </message>
    <message>
        <source>official hotline %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Borrowed / received</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest: paid / still to pay</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees: paid / still to pay</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest and fees over the whole term</source>
        <translation></translation>
    </message>
    <message>
        <source>True APR (all fees, IRR)</source>
        <translation></translation>
    </message>
    <message>
        <source>above this line ⚠</source>
        <translation></translation>
    </message>
    <message>
        <source>within</source>
        <translation></translation>
    </message>
    <message>
        <source>At %1 the same loan would cost %2 a month for %3 months, saving %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing is late on this debt today.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Late</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation></translation>
    </message>
    <message>
        <source>To bring it up to date</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment due date</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid since the statement</source>
        <translation></translation>
    </message>
    <message>
        <source>Late fee (违约金) on the unpaid minimum</source>
        <translation></translation>
    </message>
    <message>
        <source>Owed on the card today</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid in full by the due date, the statement costs no interest.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not paid in full by the due date: interest runs on the whole statement from its posting date, then on what is left, at the card&apos;s daily rate; fees bear none.</source>
        <translation></translation>
    </message>
    <message>
        <source>Revolving interest to today</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <source>Edit debt</source>
        <extracomment>loan fields a card (its statement stands for them) and a 账单分期 do not use</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Add a debt</source>
        <translation></translation>
    </message>
    <message>
        <source>The debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation></translation>
    </message>
    <message>
        <source>New lender…</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. car loan, 借呗, card ending 1234</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount borrowed</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation></translation>
    </message>
    <message>
        <source>if less was paid out (砍头息)</source>
        <translation></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation></translation>
    </message>
    <message>
        <source>Paying ahead</source>
        <translation></translation>
    </message>
    <message>
        <source>What money beyond what is due does to the rest of the schedule.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1-day year</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees paid at the start</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee each month</source>
        <translation></translation>
    </message>
    <message>
        <source>Due day of month</source>
        <translation></translation>
    </message>
    <message>
        <source>1–31; short months use their last day</source>
        <translation></translation>
    </message>
    <message>
        <source>When the due day differs from the start day, the first period is shorter or longer than a month: its interest is the daily rate times its actual days.</source>
        <translation></translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty uplift %</source>
        <translation></translation>
    </message>
    <message>
        <source>Unpaid interest also bears penalty (复利)</source>
        <translation></translation>
    </message>
    <message>
        <source>Late fee, fixed</source>
        <translation></translation>
    </message>
    <message>
        <source>Late fee % of amount late</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit card: as the bill reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Fee each period (分期手续费)</source>
        <translation></translation>
    </message>
    <message>
        <source>Fill in the marked fields to see the schedule.</source>
        <translation></translation>
    </message>
    <message>
        <source>First payment %1 · total interest %2 · %3 payments · true APR %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation></translation>
    </message>
    <message>
        <source>Something went wrong. What you were doing was not saved half-way: your data are safe. The details below were also written to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportChartButton</name>
    <message>
        <source>Export chart…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG image or an SVG drawing</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Follow the system</source>
        <translation></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>A new language applies the next time debttracker starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HardshipDialog</name>
    <message>
        <source>Explain your situation</source>
        <extracomment>writes the statement: (first, last, hardship text, &quot;pdf&quot;/&quot;csv&quot;, path); raises on failure</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>In your own words: what happened (job loss, illness, lower income...), since when, and what you can pay. This goes into the statement for %1 and later months until you change it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems (marked ✗). Nothing will be imported; correct the file and open it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>All %1 rows are good. Import writes them all at once (undo with Ctrl+Z).</source>
        <translation></translation>
    </message>
    <message>
        <source>Import</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Check</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Record an incident</source>
        <translation></translation>
    </message>
    <message>
        <source>(unknown caller)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. the lender, 12378, 110</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LedgerCommand</name>
    <message>
        <source>Add lender %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit lender %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete lender %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Add debt %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit debt %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete debt %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LedgerModels</name>
    <message>
        <source>%1 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty today</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>True APR</source>
        <translation></translation>
    </message>
    <message>
        <source>Above the %1 line that applies to this lender (information, not legal advice).</source>
        <translation></translation>
    </message>
    <message>
        <source>Revolving interest %1 + late fee (违约金) %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation></translation>
    </message>
    <message>
        <source>Method</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>No debts recorded yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Each debt you add here gets its repayment schedule, its days overdue, its penalty interest and its true annual cost with every fee included.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a debt…</source>
        <translation></translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation></translation>
    </message>
    <message>
        <source>Add debt…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add lender…</source>
        <translation></translation>
    </message>
    <message>
        <source>Lenders…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>All debts</source>
        <translation></translation>
    </message>
    <message>
        <source>Not yet settled</source>
        <translation></translation>
    </message>
    <message>
        <source>Search lender or debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Total owed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LenderDialog</name>
    <message>
        <source>Edit lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Add lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation></translation>
    </message>
    <message>
        <source>from the card, contract or official app</source>
        <translation></translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>Callers who claim to be this lender can later be checked against these official channels. Never take numbers from a collection SMS.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LendersDialog</name>
    <message>
        <source>Lenders</source>
        <translation></translation>
    </message>
    <message>
        <source>Add lender…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit lender…</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete lender</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 still has %2 debts. Delete or move those debts first; the lender stays as it is.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LendersModel</name>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Official hotline</source>
        <translation></translation>
    </message>
    <message>
        <source>Official app or website</source>
        <translation></translation>
    </message>
    <message>
        <source>Debts</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>debttracker</source>
        <extracomment>tabs built from plain SQL alone, so they can show their data before SQLAlchemy is loaded the current tab holds its data: the window is usable (the rest may still be loading) the store is fully open: every tab is built, reminders and the daily backup started emitted when the store could not be opened (message already shown to the user)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiations</source>
        <translation></translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About debttracker</source>
        <translation></translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now. Undo history was cleared so that no undo can change what it wrote.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another program changed your data: every tab shows them now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your data were updated to the new version; a backup was kept in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker %1

An offline record of your debts, budget and negotiations. Your data stay on this computer, in %2.

Figures about legal caps are information with their source, not legal advice.</source>
        <translation></translation>
    </message>
    <message>
        <source>About debttracker</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MissedModel</name>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminded at %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>e.g. 12,000 or 1.2万</source>
        <extracomment>emitted after every edit with the new validity</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>NegotiationTab</name>
    <message>
        <source>Keep a record of every contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Log each call or message with a lender: who, when, through which channel, whether you verified their identity, and what each side promised. Lenders come from the Ledger; add yours there first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the Ledger</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender:</source>
        <translation></translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise…</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reflection…</source>
        <translation></translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation></translation>
    </message>
    <message>
        <source>Check evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>Case file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation></translation>
    </message>
    <message>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation></translation>
    </message>
    <message>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>First due</source>
        <translation></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Added</source>
        <translation></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation></translation>
    </message>
    <message>
        <source>Check</source>
        <translation></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation></translation>
    </message>
    <message>
        <source>Next time</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Search notes and summaries (全文搜索)</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark broken</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>All lenders</source>
        <translation></translation>
    </message>
    <message>
        <source>not official</source>
        <translation></translation>
    </message>
    <message>
        <source>verified</source>
        <translation></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>v%1 in force</source>
        <translation></translation>
    </message>
    <message>
        <source>v%1 (replaced)</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>recorded by me</source>
        <translation></translation>
    </message>
    <message>
        <source>found by the rule check</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Reflect on a negotiation</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation></translation>
    </message>
    <message>
        <source>Next time I will</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>My order (first is paid first)</source>
        <translation></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Welcome to debttracker</source>
        <translation></translation>
    </message>
    <message>
        <source>Start in the Ledger tab: add each debt with its lender, the amount you borrowed, the amount you actually received, the rate and the repayment method. Everything stays on this computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation></translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation></translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation></translation>
    </message>
    <message>
        <source>Still due this month</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty accrued today</source>
        <translation></translation>
    </message>
    <message>
        <source>Next five payments due</source>
        <translation></translation>
    </message>
    <message>
        <source>Most expensive debts</source>
        <translation></translation>
    </message>
    <message>
        <source>Click a debt to open it in the ledger.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 debts · %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Edit payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Date paid</source>
        <translation></translation>
    </message>
    <message>
        <source>How</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation></translation>
    </message>
    <message>
        <source>Automatic debit</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender&apos;s app</source>
        <translation></translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation></translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>optional: a screenshot or PDF, kept read-only with the evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation></translation>
    </message>
    <message>
        <source>next due: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the amount and date to see where the money goes.</source>
        <translation></translation>
    </message>
    <message>
        <source>This payment goes to: penalty %1, fees %2, interest %3, principal %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal still owed afterwards: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is more than the whole debt and stays as a credit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepays %1 of principal: nothing is left to pay after it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments become %3 (were %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepays %1 of principal; the remaining %2 instalments start at %3 (was %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a receipt</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PayoffTab</name>
    <message>
        <source>Your way out, once your debts are in</source>
        <translation></translation>
    </message>
    <message>
        <source>When the ledger holds your debts and the budget your monthly amount, this tab compares the avalanche and snowball strategies and shows your debt-free date.</source>
        <translation></translation>
    </message>
    <message>
        <source>Go to the ledger</source>
        <translation></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation></translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation></translation>
    </message>
    <message>
        <source>Payoff order</source>
        <translation></translation>
    </message>
    <message>
        <source>From your budget: available for repayment in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No budget yet: this is the sum of the minimum payments.</source>
        <translation></translation>
    </message>
    <message>
        <source>Debts in %1 are not in this plan.</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months), paying %3 in interest and fees.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not debt-free at this amount; %3 in interest and fees on the way.</source>
        <translation></translation>
    </message>
    <message>
        <source>Total paid: %1 · Interest and fees: %2 · Owed today: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Due in %1 under the contracts: %2 (the Budget&apos;s minimum payments; each loan follows its schedule, a balloon falls due in its month).</source>
        <translation></translation>
    </message>
    <message>
        <source>Try with %1 more a month</source>
        <translation></translation>
    </message>
    <message>
        <source>The money is not enough: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>These debts stay unpaid: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>These grow: %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlanControls</name>
    <message>
        <source>Avalanche: highest interest rate first</source>
        <translation></translation>
    </message>
    <message>
        <source>Snowball: smallest balance first</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue debts with the highest penalty first</source>
        <translation></translation>
    </message>
    <message>
        <source>My own order</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments only</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the budget&apos;s amount</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Each month for debts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;What if I pay more each month</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>page classes shown in the dialog; each takes (ctx, parent) and has apply()</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>General</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Principal owed (from your payments)</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan from today</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan from today (not enough money)</source>
        <translation></translation>
    </message>
    <message>
        <source>today</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Reading your progress…</source>
        <extracomment>the data arrived and the chart has them (tests, the start-up probe)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Your progress appears here once the ledger holds your debts.</source>
        <translation></translation>
    </message>
    <message>
        <source>You have paid %1; %2 to go, penalty included (%3 of the way).</source>
        <translation></translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Record a promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>(no particular debt)</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Who promised what</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation></translation>
    </message>
    <message>
        <source>within working days:</source>
        <translation></translation>
    </message>
    <message>
        <source>by date:</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Falls due</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Earliest if the lender counts make-up working days (调休), latest if it counts Monday to Friday only.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RateEdit</name>
    <message>
        <source>e.g. 4.9%, 月息1分, 日息万分之五</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>debttracker</source>
        <extracomment>agenda statuses shown in the menu, and their section</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation></translation>
    </message>
    <message>
        <source>Open debttracker</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker: %1 due or overdue</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker keeps running</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker is still running in the tray, so reminders of payments and promises reach you with the window closed. Use Quit in the tray menu or the File menu to stop it; Preferences can turn this off.</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker keeps running in the background, so reminders of payments and promises reach you as desktop notifications with the window closed. Start debttracker again to bring the window back, and use Quit in the File menu to stop it; Preferences can turn this off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminders while debttracker is closed</source>
        <translation></translation>
    </message>
    <message>
        <source>This desktop has neither a tray nor a notification service, so debttracker cannot remind you while it is closed. What falls due in the meantime is shown the next time you start it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved %1 calendar events to %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation></translation>
    </message>
    <message>
        <source>Remind me at:</source>
        <translation></translation>
    </message>
    <message>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <source>Quiet hours (no notifications):</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalments coming due and overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Promises, mine and the lender&apos;s</source>
        <translation></translation>
    </message>
    <message>
        <source>Card statement and due days</source>
        <translation></translation>
    </message>
    <message>
        <source>Remind me of:</source>
        <translation></translation>
    </message>
    <message>
        <source> days before</source>
        <translation></translation>
    </message>
    <message>
        <source>Announce dues:</source>
        <translation></translation>
    </message>
    <message>
        <source>Default</source>
        <translation></translation>
    </message>
    <message>
        <source>For one debt:</source>
        <translation></translation>
    </message>
    <message>
        <source>Start debttracker in the tray when I log in</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminders of payments and promises</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a backup to restore. Your current data are backed up first, so this can be undone by restoring that backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the backup of %1? Your current data will be backed up first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Owed today</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest and fees</source>
        <translation></translation>
    </message>
    <message>
        <source>Charged at the true annual rate, which includes the fees; an overdue debt is charged its penalty rate.</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue: charged the penalty rate %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Grows</source>
        <translation></translation>
    </message>
    <message>
        <source>Not paid off</source>
        <translation></translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Extra payments and changes</source>
        <translation></translation>
    </message>
    <message>
        <source>One-off extra in</source>
        <translation></translation>
    </message>
    <message>
        <source>New monthly amount from</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>One-off extra</source>
        <translation></translation>
    </message>
    <message>
        <source>New monthly amount</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SinceLastRunDialog</name>
    <message>
        <source>While debttracker was closed</source>
        <translation></translation>
    </message>
    <message>
        <source>These fell due since debttracker last ran (%1):</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation></translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SnoozeDateDialog</name>
    <message>
        <source>Snooze until</source>
        <translation></translation>
    </message>
    <message>
        <source>Remind me again on:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Export income and expense statement</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF, to send to a lender</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet</source>
        <translation></translation>
    </message>
    <message>
        <source>Explain briefly why you cannot pay as agreed, and since when.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <source>To</source>
        <translation></translation>
    </message>
    <message>
        <source>Format</source>
        <translation></translation>
    </message>
    <message>
        <source>Your explanation</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation></translation>
    </message>
    <message>
        <source>income-expense-statement</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>No income or spending entered for %1: left out of the averages.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at most %1 months.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementRenderer</name>
    <message>
        <source>None.</source>
        <extracomment>Latin text first in a Latin font: Qt maps the digits of CJK fonts&apos; Latin glyphs to no Unicode in the PDF, so the figures could not be copied or searched.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Item</source>
        <translation></translation>
    </message>
    <message>
        <source>Category</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Per month (average)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total for the period</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Income</source>
        <translation></translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation></translation>
    </message>
    <message>
        <source>Short by</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (no entries)</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>No income or spending was entered for any month of this period.</source>
        <translation></translation>
    </message>
    <message>
        <source>Averages of income and spending are over the months with entries: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: nothing was entered for %1, so it is left out of the averages.</source>
        <translation></translation>
    </message>
    <message>
        <source>On average I have %1 a month for repayment (income minus essential spending), against minimum payments of %2 a month.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is %1 a month short.</source>
        <translation></translation>
    </message>
    <message>
        <source>Income and expense statement</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary per month</source>
        <translation></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation></translation>
    </message>
    <message>
        <source>Fixed essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Total essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Other spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Total other spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Debts and their minimum payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Total minimum payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Explanation of my situation</source>
        <translation></translation>
    </message>
    <message>
        <source>(No explanation written.)</source>
        <translation></translation>
    </message>
    <message>
        <source>Section</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Discretionary spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>Not saved: the disk that holds your data is full. Free some space, then try again; nothing was changed.</source>
        <extracomment>the store&apos;s own failure classes (store.errors, when present) by name, and what they mean SQLite primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: your data folder cannot be written to (it is read-only or you lack the permission). Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: another program is writing to your data right now (the database is locked). Try again in a moment; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved: something unexpected went wrong (the details follow).</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker cannot start: the disk that holds your data (%1) is full. Free some space, then start it again. Your data were not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker cannot start: your data folder (%1) cannot be written to (it is read-only or you lack the permission). Your data were not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker cannot open your data in %1: another program holds the database locked. Close it, then start debttracker again. Your data were not changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>This edit cannot be undone or redone: another program changed the same record meanwhile. Nothing was changed; the undo history was cleared.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Income</source>
        <extracomment>the user clicked a debt in the list of minimums</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation></translation>
    </message>
    <message>
        <source>Discretionary spending (could be cut)</source>
        <translation></translation>
    </message>
    <message>
        <source>Available = income − essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Covers the minimum payments, with %1 left over.</source>
        <translation></translation>
    </message>
    <message>
        <source>Short by %1: the minimum payments are more than you have.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2: %3 due %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>not paid off</source>
        <translation></translation>
    </message>
    <message>
        <source>Payoff order: thick bars are the months each debt gets the extra money</source>
        <translation></translation>
    </message>
    <message>
        <source>…and %1 more debts</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>The trend appears here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Income</source>
        <translation></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Available</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>%1: minimum %2; a month&apos;s delay costs about %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 short this month. You decide what to offer whom:</source>
        <translation></translation>
    </message>
    <message>
        <source>Cheapest to let slip</source>
        <translation></translation>
    </message>
    <message>
        <source>Heaviest penalty if late: %1. Pay this one first if you can.</source>
        <translation></translation>
    </message>
    <message>
        <source>Already negotiating with: %1. Ask them first for a smaller instalment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Holding back %1 would close the gap, at a cost of about %2 for a month; tell those lenders before the due date and ask for a new plan.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your essential spending is more than your income: no minimum payment can be met from this month&apos;s income. Tell every lender now, with your statement.</source>
        <translation></translation>
    </message>
    <message>
        <source>Even holding back every payment still due this month would not close the gap. Tell your lenders now and ask for a plan you can keep.</source>
        <translation></translation>
    </message>
    <message>
        <source>Costs count penalty interest and late fees only; any missed payment can still be reported to your credit record.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>allocation</name>
    <message>
        <source>Not a valid payment amount: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocation order must name penalty, fee, interest and principal once each.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Too many backups in one second.</source>
        <extracomment>what ``store.db.open_database`` writes before a migration</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>There are no data to back up yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No backup at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a debttracker backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a debttracker backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of debttracker; update the app.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The list of evidence files of %1 is damaged.</source>
        <extracomment>evidence files are kept read-only by the user alone (as ``store.evidence`` stores them)</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>Not a month: %1-%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a month (YYYY-MM): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose income or expense</source>
        <translation></translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation></translation>
    </message>
    <message>
        <source>Amounts cannot be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>The last month is before the first</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>For information only, not legal advice. The lines come from the cited rules and court practice; check the official text or ask a lawyer before relying on them.</source>
        <extracomment>One-year LPR steps (date effective, rate as a fraction), domain.md §3.3.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The LPR on %1 is unknown; add it to the LPR table.</source>
        <translation></translation>
    </message>
    <message>
        <source>An LPR must be above 0 and at most 20 %: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>4 × one-year LPR on the contract date (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>24% line for private loans made before 2020-08-20</source>
        <translation></translation>
    </message>
    <message>
        <source>24% line for licensed lenders (all-in cost)</source>
        <translation></translation>
    </message>
    <message>
        <source>36% line</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>A day of the month must be 1 to 31, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the amount on the bill.</source>
        <extracomment>a due date this long after the statement is surely a typing mistake (banks: 20–56 days)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The due date comes after the statement date, within %1 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>A posting on this bill is on or before its date.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>More than the statement balance.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees and instalment together exceed the statement.</source>
        <translation></translation>
    </message>
    <message>
        <source>A bill to track is above zero.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>casefile</name>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount actually received</source>
        <translation></translation>
    </message>
    <message>
        <source>Start and term</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2 months</source>
        <translation></translation>
    </message>
    <message>
        <source>Contract rate (annual)</source>
        <translation></translation>
    </message>
    <message>
        <source>True APR (IRR × 12)</source>
        <translation></translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation></translation>
    </message>
    <message>
        <source>Terms version</source>
        <translation></translation>
    </message>
    <message>
        <source>True APR: the internal rate of return of the money actually received against every scheduled payment of the contract, times 12 (PBOC Announcement [2021] No. 3).</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>First due</source>
        <translation></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal due</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest due</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty interest and late fees</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees due</source>
        <translation></translation>
    </message>
    <message>
        <source>Owed today to bring it up to date</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal not yet due</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance (principal left and charges due)</source>
        <translation></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>an official number</source>
        <translation></translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation></translation>
    </message>
    <message>
        <source>Number or account</source>
        <translation></translation>
    </message>
    <message>
        <source>The call</source>
        <translation></translation>
    </message>
    <message>
        <source>My line</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt</source>
        <translation></translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation></translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation></translation>
    </message>
    <message>
        <source>How verified</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>I asked for</source>
        <translation></translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation></translation>
    </message>
    <message>
        <source>How</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>within %1 working days</source>
        <translation></translation>
    </message>
    <message>
        <source>Made in</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreed annual rate</source>
        <translation></translation>
    </message>
    <message>
        <source>Deferral months</source>
        <translation></translation>
    </message>
    <message>
        <source>Settlement amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Status before</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation></translation>
    </message>
    <message>
        <source>During</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Added</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepared on %1 by the borrower from their own records.</source>
        <translation></translation>
    </message>
    <message>
        <source>Official channels of the lender: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Debts and their true cost</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacts, everything logged</source>
        <translation></translation>
    </message>
    <message>
        <source>Promises and whether they were kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule breaches found in the contact log</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence (files in the ZIP, with SHA-256)</source>
        <translation></translation>
    </message>
    <message>
        <source>Where to complain</source>
        <translation></translation>
    </message>
    <message>
        <source>Complain to the lender first; it must answer within 15 days (up to 60 for complex cases). Then: 12378 (National Financial Regulatory Administration) for banks and consumer-finance companies; 12363 (People’s Bank of China) for credit reports and payments; the local financial regulator for microcredit companies; 110 for threats or violence. This is information, not legal advice.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no such file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>database error (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>bad argument (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2, %3 evidence files)</source>
        <translation></translation>
    </message>
    <message>
        <source>previous data backed up to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>damaged database kept aside as %1</source>
        <translation></translation>
    </message>
    <message>
        <source>restored %1 (%2 evidence files put back)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 tables written to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 rows, %3 evidence files)</source>
        <translation></translation>
    </message>
    <message>
        <source>warning: evidence file %1 is missing; not exported</source>
        <translation></translation>
    </message>
    <message>
        <source>imported %1 rows</source>
        <translation></translation>
    </message>
    <message>
        <source>no data yet: nothing to check</source>
        <translation></translation>
    </message>
    <message>
        <source>database: ok</source>
        <translation></translation>
    </message>
    <message>
        <source>evidence: not checked (this version keeps no evidence files)</source>
        <translation></translation>
    </message>
    <message>
        <source>evidence %1 %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 evidence file(s) missing or altered</source>
        <translation></translation>
    </message>
    <message>
        <source>evidence: ok</source>
        <translation></translation>
    </message>
    <message>
        <source>back up the data now (database and evidence)</source>
        <translation></translation>
    </message>
    <message>
        <source>folder to write the backup to</source>
        <translation></translation>
    </message>
    <message>
        <source>list the backups (date, kind, size)</source>
        <translation></translation>
    </message>
    <message>
        <source>restore a backup (the current data are backed up first)</source>
        <translation></translation>
    </message>
    <message>
        <source>a backup file (.sqlite3)</source>
        <translation></translation>
    </message>
    <message>
        <source>export all data with the evidence files as one ZIP archive (or CSV)</source>
        <translation></translation>
    </message>
    <message>
        <source>FILE.zip, or a folder with --csv</source>
        <translation></translation>
    </message>
    <message>
        <source>only the JSON document (format 1, no evidence files)</source>
        <translation></translation>
    </message>
    <message>
        <source>import an export into an empty data directory</source>
        <translation></translation>
    </message>
    <message>
        <source>a debttracker export (ZIP archive or JSON)</source>
        <translation></translation>
    </message>
    <message>
        <source>write one CSV file per table into FILE</source>
        <translation></translation>
    </message>
    <message>
        <source>replace existing data (a backup is taken first)</source>
        <translation></translation>
    </message>
    <message>
        <source>check the database and the evidence files (exit 1 if not ok)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 2 bad argument, 1 no answer (for example no rate exists).</source>
        <translation></translation>
    </message>
    <message>
        <source>not a percentage: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not a whole number: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No.</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation></translation>
    </message>
    <message>
        <source>Total interest: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Total paid: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: expected date,amount</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate per period</source>
        <translation></translation>
    </message>
    <message>
        <source>Nominal APR (rate × %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Effective annual rate</source>
        <translation></translation>
    </message>
    <message>
        <source>These flows change sign more than once: %1 rates per period balance them (%2); the true cost is ambiguous.</source>
        <translation></translation>
    </message>
    <message>
        <source>not allowed with --received/--payments</source>
        <translation></translation>
    </message>
    <message>
        <source>--received and --payments are required (or --flows FILE)</source>
        <translation></translation>
    </message>
    <message>
        <source>One-year LPR from %1: %2 %</source>
        <translation></translation>
    </message>
    <message>
        <source>the one-year LPR table the interest-cap lines use</source>
        <translation></translation>
    </message>
    <message>
        <source>List the one-year LPR steps (the 4 × LPR cap uses the LPR on the contract date), or add one when the LPR changes: lpr set 2026-01-20 3.0</source>
        <translation></translation>
    </message>
    <message>
        <source>list the table (default)</source>
        <translation></translation>
    </message>
    <message>
        <source>add or change a step</source>
        <translation></translation>
    </message>
    <message>
        <source>effective date</source>
        <translation></translation>
    </message>
    <message>
        <source>rate in percent</source>
        <translation></translation>
    </message>
    <message>
        <source>remove a step</source>
        <translation></translation>
    </message>
    <message>
        <source>repayment schedule of a loan</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment by instalment: due date, payment, principal, interest and the balance left, with the total interest and the total paid.</source>
        <translation></translation>
    </message>
    <message>
        <source>loan amount, e.g. 10000 or 1.2万</source>
        <translation></translation>
    </message>
    <message>
        <source>annual rate in percent, e.g. 4.9</source>
        <translation></translation>
    </message>
    <message>
        <source>monthly rate in percent, e.g. 1 for 月息1分</source>
        <translation></translation>
    </message>
    <message>
        <source>daily rate in percent, e.g. 0.05 for 万分之五</source>
        <translation></translation>
    </message>
    <message>
        <source>days per year for daily rates</source>
        <translation></translation>
    </message>
    <message>
        <source>term in months</source>
        <translation></translation>
    </message>
    <message>
        <source>annuity: equal payments (等额本息); equal-principal: equal principal (等额本金); interest-only: interest monthly, principal at the end (先息后本); bullet: everything at the end (一次性还本付息)</source>
        <translation></translation>
    </message>
    <message>
        <source>loan date; first due one month later</source>
        <translation></translation>
    </message>
    <message>
        <source>interest-only/bullet interest by actual days</source>
        <translation></translation>
    </message>
    <message>
        <source>true annual cost (IRR) of a loan&apos;s cash flows</source>
        <translation></translation>
    </message>
    <message>
        <source>The true annual cost of a loan, fees included: from the amount received and the payments, or from a CSV of dated cash flows (XIRR).</source>
        <translation></translation>
    </message>
    <message>
        <source>amount actually received, after upfront fees</source>
        <translation></translation>
    </message>
    <message>
        <source>payments, e.g. 888.49x12, 1,072x12 or 100x11;10100x1 (; or , between)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV of date,amount rows (+ received, - paid): XIRR</source>
        <translation></translation>
    </message>
    <message>
        <source>periods per year (default 12)</source>
        <translation></translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>one of the arguments %1 is required</source>
        <translation></translation>
    </message>
    <message>
        <source>not allowed with %1</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid choice: %1 (choose from %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid value: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>expected one value</source>
        <translation></translation>
    </message>
    <message>
        <source>expected at least one value</source>
        <translation></translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>ambiguous option: %1 could match %2</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown command %1 (choose from %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation></translation>
    </message>
    <message>
        <source>options</source>
        <translation></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker headless commands</source>
        <translation></translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation></translation>
    </message>
    <message>
        <source>data directory (default: per-user data dir)</source>
        <translation></translation>
    </message>
    <message>
        <source>language of the output (default: $DEBTTRACKER_LANG, the app&apos;s setting, the system)</source>
        <translation></translation>
    </message>
    <message>
        <source>commands</source>
        <translation></translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation></translation>
    </message>
    <message>
        <source>income, spending, minimum payments due and the money available for repayment</source>
        <translation></translation>
    </message>
    <message>
        <source>What can honestly be paid in a month: income, essential and discretionary spending, the minimum payments due from the ledger, the amount available for repayment (income - essential spending) and any shortfall.</source>
        <translation></translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation></translation>
    </message>
    <message>
        <source>Income</source>
        <translation></translation>
    </message>
    <message>
        <source>Essential spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Discretionary spending</source>
        <translation></translation>
    </message>
    <message>
        <source>Available for repayment</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum payments due</source>
        <translation></translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation></translation>
    </message>
    <message>
        <source>Budget for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The available money covers the minimum payments.</source>
        <translation></translation>
    </message>
    <message>
        <source>Short by %1 this month.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample data written to %1: %2 lenders, %3 debts, %4 payments.</source>
        <translation></translation>
    </message>
    <message>
        <source>penalty interest</source>
        <translation></translation>
    </message>
    <message>
        <source>fees</source>
        <translation></translation>
    </message>
    <message>
        <source>interest</source>
        <translation></translation>
    </message>
    <message>
        <source>principal</source>
        <translation></translation>
    </message>
    <message>
        <source>No debts recorded. Try: debttracker-cli sample-data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation></translation>
    </message>
    <message>
        <source>APR %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the amount must be above zero</source>
        <translation></translation>
    </message>
    <message>
        <source>, </source>
        <translation></translation>
    </message>
    <message>
        <source>Payment %1 recorded: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Not applied (more than the whole balance): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>fill an empty data directory with sample data</source>
        <translation></translation>
    </message>
    <message>
        <source>Write made-up lenders, debts and payments into an empty data directory, to try the app out.</source>
        <translation></translation>
    </message>
    <message>
        <source>small: a few debts; large: years of history</source>
        <translation></translation>
    </message>
    <message>
        <source>list every debt with balance, next due and APR</source>
        <translation></translation>
    </message>
    <message>
        <source>Every debt with its status, balance, next due date, true APR and days overdue, and the total per currency.</source>
        <translation></translation>
    </message>
    <message>
        <source>the day to look from (default: today)</source>
        <translation></translation>
    </message>
    <message>
        <source>record a payment (allocated as the app does)</source>
        <translation></translation>
    </message>
    <message>
        <source>Record a payment on a debt. It goes first to penalty interest, then fees, interest and principal, exactly as in the app.</source>
        <translation></translation>
    </message>
    <message>
        <source>debt id</source>
        <translation></translation>
    </message>
    <message>
        <source>amount paid, e.g. 300 or ¥1,200.50</source>
        <translation></translation>
    </message>
    <message>
        <source>day of the payment (default: today)</source>
        <translation></translation>
    </message>
    <message>
        <source>a note kept with the payment</source>
        <translation></translation>
    </message>
    <message>
        <source>verify every evidence file against its SHA-256</source>
        <translation></translation>
    </message>
    <message>
        <source>Hash every evidence file; list each one that is missing or altered.</source>
        <translation></translation>
    </message>
    <message>
        <source>write the case-file PDF and evidence ZIP for a lender or a debt</source>
        <translation></translation>
    </message>
    <message>
        <source>Timeline, promises, agreements, incidents, the debt&apos;s figures and true APR as a PDF, plus a ZIP of the evidence files with a SHA-256 manifest.</source>
        <translation></translation>
    </message>
    <message>
        <source>lender id</source>
        <translation></translation>
    </message>
    <message>
        <source>output directory</source>
        <translation></translation>
    </message>
    <message>
        <source>date of the file (default: today)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (%3) expected %4</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 evidence files do not match their SHA-256.</source>
        <translation></translation>
    </message>
    <message>
        <source>All %1 evidence files match their SHA-256.</source>
        <translation></translation>
    </message>
    <message>
        <source>not a directory: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>must be a positive id</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence: %1 (%2 files)</source>
        <translation></translation>
    </message>
    <message>
        <source>warning: %1 is %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation></translation>
    </message>
    <message>
        <source>what is due or overdue now and in the next days (exit 1 when overdue)</source>
        <translation></translation>
    </message>
    <message>
        <source>List the instalments, promises and card days that are overdue, due today or due in the next N days. Exit status 1 when something is overdue, so it can run from cron; 0 otherwise; 2 on a bad argument.</source>
        <translation></translation>
    </message>
    <message>
        <source>look N days ahead (default 7, 0 to 3660)</source>
        <translation></translation>
    </message>
    <message>
        <source>must be from 0 to %1, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement day</source>
        <translation></translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing due or overdue, nor in the next %1 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation></translation>
    </message>
    <message>
        <source>avalanche</source>
        <translation></translation>
    </message>
    <message>
        <source>snowball</source>
        <translation></translation>
    </message>
    <message>
        <source>penalty first</source>
        <translation></translation>
    </message>
    <message>
        <source>my own order</source>
        <translation></translation>
    </message>
    <message>
        <source>minimums only</source>
        <translation></translation>
    </message>
    <message>
        <source>payoff plan: when each debt is paid off, the interest, the debt-free month</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan paying off the open debts with an amount a month: every debt gets its minimum and the rest goes by the strategy (avalanche: highest rate first; snowball: smallest balance first; penalty: overdue debts with the highest penalty first; custom: the order given by --order; minimum: minimums only).</source>
        <translation></translation>
    </message>
    <message>
        <source>how the money beyond the minimums is shared out</source>
        <translation></translation>
    </message>
    <message>
        <source>money for debts each month (default: the budget&apos;s)</source>
        <translation></translation>
    </message>
    <message>
        <source>debt ids in order, for custom</source>
        <translation></translation>
    </message>
    <message>
        <source>plan from this day (default: today)</source>
        <translation></translation>
    </message>
    <message>
        <source>the custom strategy needs --order ID,ID,...</source>
        <translation></translation>
    </message>
    <message>
        <source>debt ids separated by commas, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>a debt id is listed twice</source>
        <translation></translation>
    </message>
    <message>
        <source>no open debt with id %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Plan (%1) from %2, %3 a month</source>
        <translation></translation>
    </message>
    <message>
        <source>keeps growing</source>
        <translation></translation>
    </message>
    <message>
        <source>not paid off</source>
        <translation></translation>
    </message>
    <message>
        <source>interest %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Total interest %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Total paid %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt-free in %1 (%2 months)</source>
        <translation></translation>
    </message>
    <message>
        <source>Not debt-free: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No open debts to plan.</source>
        <translation></translation>
    </message>
    <message>
        <source>not an id (a whole number from 1): %1</source>
        <extracomment>the largest id SQLite stores (a signed 64-bit integer)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Debt %1 added: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum %1 due %2; %3 by then keeps it interest-free</source>
        <translation></translation>
    </message>
    <message>
        <source>the issuer: its id, or a name (added if new)</source>
        <translation></translation>
    </message>
    <message>
        <source>a name, e.g. card ending 1234</source>
        <translation></translation>
    </message>
    <message>
        <source>add a credit card as its bill reads</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a credit card by its statement: 账单金额, 最低还款额 (or the card&apos;s rule), 账单日 and 到期还款日. Paid in full by the due date it costs no interest; otherwise revolving interest and 违约金 are owed.</source>
        <translation></translation>
    </message>
    <message>
        <source>an amount, e.g. 10,000</source>
        <translation></translation>
    </message>
    <message>
        <source>a date, e.g. 2026-04-05</source>
        <translation></translation>
    </message>
    <message>
        <source>the minimum printed on the bill (default: by the card&apos;s rule)</source>
        <translation></translation>
    </message>
    <message>
        <source>fees, interest and 违约金 on the bill</source>
        <translation></translation>
    </message>
    <message>
        <source>this month&apos;s 分期 instalment on the bill</source>
        <translation></translation>
    </message>
    <message>
        <source>the posting date interest runs from (default: the statement date)</source>
        <translation></translation>
    </message>
    <message>
        <source>the card&apos;s rate (default 0.05% a day)</source>
        <translation></translation>
    </message>
    <message>
        <source>add a card bill in instalments (账单分期)</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a 账单分期: the amount in equal parts with the same fee every period; its true APR is shown like any loan&apos;s.</source>
        <translation></translation>
    </message>
    <message>
        <source>the fee each period</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>collection</name>
    <message>
        <source>Unknown call result: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacted third parties (family or address book)</source>
        <translation></translation>
    </message>
    <message>
        <source>Impersonated a court, the police or another authority</source>
        <translation></translation>
    </message>
    <message>
        <source>Asked for payment into a personal account: a common fraud pattern</source>
        <translation></translation>
    </message>
    <message>
        <source>Threats, insults or intimidation</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact %1 has a time without a time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacted at %1, inside the quiet hours 22:00–08:00</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 conversations in one day (the limit is %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 unanswered calls to the same number in one day (the limit is %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Hang up and call the lender back on the hotline shown in its official app, on your card or in the contract, never on a number the caller or an SMS gave you. Ask whether the account is overdue, who may collect it and the exact amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare the amount with the figure shown in the lender&apos;s official app.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay only through the lender&apos;s app, an official account in the lender&apos;s name or the bank&apos;s own channels; never to a personal account or a QR code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiating with the lender is free. Fees demanded up front by third parties are a warning sign.</source>
        <translation></translation>
    </message>
    <message>
        <source>No one can delete accurate overdue records for a fee. The lawful routes are an objection for errors and the central bank&apos;s one-time credit repair.</source>
        <translation></translation>
    </message>
    <message>
        <source>Report fraud to 96110 or 110, or through the national anti-fraud app, and keep the evidence.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>Unknown columns %1. Payments need debt_id,date,amount; debts need lender,name,principal,start_date,months,rate.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a readable CSV file (line %1): %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation></translation>
    </message>
    <message>
        <source>No debt %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The lender is missing.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>debts</name>
    <message>
        <source>Enter a date.</source>
        <extracomment>card_instalment: a 账单分期 (fee per period, principal evenly; core.cards.bill_instalments) statuses a person sets; &quot;overdue&quot; and &quot;settled&quot; are also derived from the schedule what paying ahead does: keep the term (lower payment, 月供减少) or the payment (期限缩短)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Not a date: %1 (use 2026-03-15)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no day %2: that month has %3 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 1000.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the lender&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown lender kind: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose or add the lender.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a name for this debt.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as CNY.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount must be above zero.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say whether the rate is annual, monthly or daily.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a repayment method.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose what paying ahead should do.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount received is far above the amount borrowed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too large to keep as evidence.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>This file is not a JSON document.</source>
        <extracomment>format versions this reader understands</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>This file is not a debttracker export.</source>
        <translation></translation>
    </message>
    <message>
        <source>This export has format version %1; this app reads versions 1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The export does not say its schema.</source>
        <translation></translation>
    </message>
    <message>
        <source>This export comes from a newer version of debttracker; update the app.</source>
        <translation></translation>
    </message>
    <message>
        <source>Table %1 is not a list of rows.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a row.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown column: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing value: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Two rows have the same key: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 refers to a row that is not there.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 hash.</source>
        <extracomment>values that become file names or hashes: (table, column) -&gt; (check, may be empty)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a plain file name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The export holds no tables.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown table: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This data directory already holds data. Import into an empty one, or replace the data (a backup is taken first).</source>
        <translation></translation>
    </message>
    <message>
        <source>Data appeared.</source>
        <translation></translation>
    </message>
    <message>
        <source>The export breaks a rule of the database (%1); nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The import failed (%1); nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation></translation>
    </message>
    <message>
        <source>the text is not valid Unicode</source>
        <translation></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a date like 2026-03-15</source>
        <translation></translation>
    </message>
    <message>
        <source>not a real date</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a time like 2026-03-15T08:30:00+00:00</source>
        <translation></translation>
    </message>
    <message>
        <source>not a real time</source>
        <translation></translation>
    </message>
    <message>
        <source>the time needs its UTC offset</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a decimal number as text</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a decimal number</source>
        <translation></translation>
    </message>
    <message>
        <source>expected base64 text</source>
        <translation></translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The archive&apos;s list of evidence files is not valid.</source>
        <translation></translation>
    </message>
    <message>
        <source>The archive lists an unsafe file name: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This archive is not a debttracker export.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evidence file %1 is not in the archive.</source>
        <translation></translation>
    </message>
    <message>
        <source>The evidence file %1 does not match its SHA-256.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Your data are in use by another program (another debttracker window or a command). Close it and try again; nothing was changed.</source>
        <extracomment>Lines of ``quick_check`` output kept in a report (a badly damaged file gives thousands).</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is damaged, not new. It will be kept aside; you can restore your latest good backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged. It will be kept aside untouched; you can restore your latest good backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot set %1 aside.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>irr</name>
    <message>
        <source>No interest rate exists for these cash flows.</source>
        <translation></translation>
    </message>
    <message>
        <source>No interest rate exists: the cash flows need both money received and money paid.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>No %1 with id %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>This lender still has debts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The negotiation log still has records about this lender.</source>
        <translation></translation>
    </message>
    <message>
        <source>Current</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation></translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation></translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit-card issuer</source>
        <translation></translation>
    </message>
    <message>
        <source>Consumer-finance company</source>
        <translation></translation>
    </message>
    <message>
        <source>Microcredit company</source>
        <translation></translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation></translation>
    </message>
    <message>
        <source>Person (family, friend)</source>
        <translation></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation></translation>
    </message>
    <message>
        <source>Card bill instalments (账单分期)</source>
        <translation></translation>
    </message>
    <message>
        <source>Personal loan</source>
        <translation></translation>
    </message>
    <message>
        <source>Equal instalments (等额本息)</source>
        <translation></translation>
    </message>
    <message>
        <source>Equal principal (等额本金)</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest first (先息后本)</source>
        <translation></translation>
    </message>
    <message>
        <source>All at the end (一次性还本付息)</source>
        <translation></translation>
    </message>
    <message>
        <source>per year</source>
        <translation></translation>
    </message>
    <message>
        <source>per month</source>
        <translation></translation>
    </message>
    <message>
        <source>per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation></translation>
    </message>
    <message>
        <source>Same end date, lower payments (月供减少)</source>
        <translation></translation>
    </message>
    <message>
        <source>Same payment, fewer months (期限缩短)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too large to keep.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 changed while it was copied.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Not an amount: %1</source>
        <extracomment>Amounts at or above this (one trillion yuan) are refused as typing mistakes.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Amount too large: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <extracomment>longer typed text is refused before any arithmetic (no Decimal overflow, no silent rounding)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>That is too long to be an amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount cannot be negative: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>negotiation</name>
    <message>
        <source>I contacted them</source>
        <translation></translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation></translation>
    </message>
    <message>
        <source>App chat</source>
        <translation></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation></translation>
    </message>
    <message>
        <source>Extension (展期)</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalments (分期)</source>
        <translation></translation>
    </message>
    <message>
        <source>Interest/penalty waiver (减免)</source>
        <translation></translation>
    </message>
    <message>
        <source>Restructuring (债务重组)</source>
        <translation></translation>
    </message>
    <message>
        <source>Deferral (延期)</source>
        <translation></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation></translation>
    </message>
    <message>
        <source>Answered: we talked</source>
        <translation></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation></translation>
    </message>
    <message>
        <source>Hung up before anyone spoke</source>
        <translation></translation>
    </message>
    <message>
        <source>I agreed to this time</source>
        <translation></translation>
    </message>
    <message>
        <source>Contacted family or address book</source>
        <translation></translation>
    </message>
    <message>
        <source>Claimed to be court or police</source>
        <translation></translation>
    </message>
    <message>
        <source>Asked to pay a personal account</source>
        <translation></translation>
    </message>
    <message>
        <source>Threats or insults</source>
        <translation></translation>
    </message>
    <message>
        <source>Me</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender</source>
        <translation></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Stop penalty interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Send the agreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Other</source>
        <translation></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation></translation>
    </message>
    <message>
        <source>Deferral</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact at night (22:00–08:00)</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many conversations in a day</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many unanswered calls in a day</source>
        <translation></translation>
    </message>
    <message>
        <source>Impersonated court or police</source>
        <translation></translation>
    </message>
    <message>
        <source>Demanded payment to a personal account</source>
        <translation></translation>
    </message>
    <message>
        <source>Other abuse</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreement instalment missed</source>
        <translation></translation>
    </message>
    <message>
        <source>Current</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation></translation>
    </message>
    <message>
        <source>Restructured</source>
        <translation></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation></translation>
    </message>
    <message>
        <source>In litigation</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation></translation>
    </message>
    <message>
        <source>Rule breach</source>
        <translation></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>missing</source>
        <translation></translation>
    </message>
    <message>
        <source>altered</source>
        <translation></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation></translation>
    </message>
    <message>
        <source>intact</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (holiday calendar not yet published)</source>
        <translation></translation>
    </message>
    <message>
        <source>not an official number</source>
        <translation></translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation></translation>
    </message>
    <message>
        <source>identity not verified</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 promised: %2, due %3 (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 over %3 months from %4 (terms version %5)</source>
        <translation></translation>
    </message>
    <message>
        <source>Agreement instalment %1 due %2 missed: %3 unpaid</source>
        <translation></translation>
    </message>
    <message>
        <source>(reported to %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Paid %1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · What worked: %2 · Next time: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence added: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the lender.</source>
        <extracomment>a logged contact may be a little ahead of the clock (typing while the call ends)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation></translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown direction: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown channel: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Write down the number or account they used.</source>
        <translation></translation>
    </message>
    <message>
        <source>This number is not an official channel. Say how you verified who they are (for example: called back the official hotline).</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown request: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown outcome: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown flag.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a short summary.</source>
        <translation></translation>
    </message>
    <message>
        <source>Who made the promise?</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown kind of promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown status: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the amount promised.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation></translation>
    </message>
    <message>
        <source>Working days must be between 1 and %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give a due date or a number of days.</source>
        <translation></translation>
    </message>
    <message>
        <source>The due date is before the promise.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the debt.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown kind of agreement: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing date is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>The first instalment is due before the signing date.</source>
        <translation></translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation></translation>
    </message>
    <message>
        <source>The number of months must be 1 to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a valid rate.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deferral must be 1 to 120 months.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing is left to defer on this debt.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the settlement amount.</source>
        <translation></translation>
    </message>
    <message>
        <source>The settlement is more than the amount owed.</source>
        <translation></translation>
    </message>
    <message>
        <source>A waived amount cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown kind of incident: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report date is before the incident.</source>
        <translation></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write what worked or what you would do differently.</source>
        <translation></translation>
    </message>
    <message>
        <source>This %1 no longer exists (id %2).</source>
        <extracomment>record kind -&gt; table, for capture / restore / remove</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>This debt is with another lender.</source>
        <translation></translation>
    </message>
    <message>
        <source>This agreement can no longer be taken back: newer terms or payments depend on it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>overdue</name>
    <message>
        <source>Grace days cannot be negative: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The penalty uplift cannot be negative: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>payoff</name>
    <message>
        <source>Unknown strategy: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Debt %1 is listed twice</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: amounts and rates cannot be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>The monthly amount cannot be negative: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Months start at 1, not %1</source>
        <translation></translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation></translation>
    </message>
    <message>
        <source>In %1 the money is short by %2 of what falls due; not paid: %3. The biggest gap is in %4: short by %5; not paid: %6. Unpaid amounts become overdue and cost penalty interest.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not paid off within %1 months at this amount</source>
        <translation></translation>
    </message>
    <message>
        <source>The payments do not cover the interest: these debts would never be paid off: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>prepay</name>
    <message>
        <source>No open instalment after number %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The payoff date must fall between %1 and %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The prepayment must be between 0.01 and the balance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Keeping the payment applies only to annuity and equal-principal loans.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>rate</name>
    <message>
        <source>Day basis must be 360 or 365, not %1</source>
        <extracomment>Refuse rates whose annual equivalent reaches this (10,000 %): a typing mistake.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Not a valid rate: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a rate: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a rate.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is too long to be a rate.</source>
        <translation></translation>
    </message>
    <message>
        <source>A rate cannot be negative: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rate too high to be real: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Days before cannot be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is due on %3: %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is due today: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment %1 of %2 is overdue since %3: %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Your promise is overdue since %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Your promise is due today: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The lender&apos;s promise is due today: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The lender did not keep its promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: payment due on %2, minimum %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Days of the month are 1 to 31</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement day of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: payment due on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The current time has no time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment %1 of %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>My promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Lender&apos;s promise: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Statement day: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Card payment due: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker dues</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark reminder done</source>
        <translation></translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <translation></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment coming up</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment due today</source>
        <translation></translation>
    </message>
    <message>
        <source>Instalment overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise due today</source>
        <translation></translation>
    </message>
    <message>
        <source>Promise overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow up a promise</source>
        <translation></translation>
    </message>
    <message>
        <source>Card statement day</source>
        <translation></translation>
    </message>
    <message>
        <source>Card payment due</source>
        <translation></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 reminders from debttracker</source>
        <translation></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>how long a call may block the UI thread when the server hangs (it answers in ~1 ms)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation></translation>
    </message>
    <message>
        <source>debttracker</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>retention</name>
    <message>
        <source>Keep between 0 and %1 backups per period.</source>
        <extracomment>More than this many of one kind of period is surely a typing mistake. Setting keys (the ``setting`` table) that override the defaults.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Not a whole number of backups: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>Unknown sample scale: %1 (use small or large)</source>
        <extracomment>sub-generators, in the order they run</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>This data directory already has debts; sample data go only into an empty one. Use a new data directory (--data-dir) to explore.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <source>The principal must be a positive amount: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Use at most two decimal places: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The term must be 1 to %1 months, not %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The payment does not cover the interest; the loan would never be repaid.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown repayment method: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>This data was written by a newer version of debttracker (schema %1). Please update the app; the file was left untouched.</source>
        <translation></translation>
    </message>
    <message>
        <source>the app is open on this data directory; close it first</source>
        <translation></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved. Check its permissions.</source>
        <translation></translation>
    </message>
    <message>
        <source>The data are in use by another program and stayed locked: nothing was saved. Try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a debttracker database or is damaged.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>Avalanche</source>
        <translation></translation>
    </message>
    <message>
        <source>Snowball</source>
        <translation></translation>
    </message>
    <message>
        <source>Penalty first</source>
        <translation></translation>
    </message>
    <message>
        <source>My order</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimums only</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>workdays</name>
    <message>
        <source>%1 is not in %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The official holiday schedule for %1 is not published yet; dates in %1 assume only weekends are days off</source>
        <translation></translation>
    </message>
    <message>
        <source>Working days must be between 0 and %1</source>
        <translation></translation>
    </message>
</context>
</TS>
