<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressDialog</name>
    <message>
        <source>Edit address</source>
        <translation>改地址</translation>
    </message>
    <message>
        <source>New address for order %1. It is reviewed again when you save: a ready order gives back its stock and is checked like a new one.</source>
        <translation>订单 %1 的新地址。保存后重新审单：可发货的订单会先释放库存，再像新订单一样检查。</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>收件人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>省(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>区县(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Street address</source>
        <translation>详细地址(&amp;S)</translation>
    </message>
    <message>
        <source>Save and review</source>
        <translation>保存并审单</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>whs</source>
        <translation>whs 仓库发货</translation>
    </message>
    <message>
        <source>There is no database at %1.

Make the demo warehouse with `python3 dev.py demo` (or `whs --db PATH init --demo`), then start again with --db PATH.</source>
        <translation>找不到数据库 %1。

先用 `python3 dev.py demo`（或 `whs --db 路径 init --demo`）建演示仓库，再用 --db 路径 启动。</translation>
    </message>
</context>
<context>
    <name>BacklogChart</name>
    <message>
        <source>To review</source>
        <translation>待审单</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>To wave</source>
        <translation>待排波次</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>待拣货</translation>
    </message>
    <message>
        <source>To pack</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>Backlog per stage: %1</source>
        <translation>各环节积压：%1</translation>
    </message>
</context>
<context>
    <name>BoardScreen</name>
    <message>
        <source>Monitoring board</source>
        <extracomment>A usable printer's state in a colour readable on the dark board (one that cannot print: ALARM).</extracomment>
        <translation>监视盘</translation>
    </message>
    <message>
        <source>The board cannot read the database: %1</source>
        <translation>监视盘无法读取数据库：%1</translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation>F5 刷新</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Packers: parcels</source>
        <translation>打包员：包裹数</translation>
    </message>
    <message>
        <source>Exceptions by reason</source>
        <translation>异常原因</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>近1小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>单数</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>今日已发货</translation>
    </message>
    <message>
        <source>Not shipped yet</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>All packed by</source>
        <translation>预计全部打包完成</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常单</translation>
    </message>
    <message>
        <source>Packed today: %1</source>
        <translation>今日已打包：%1</translation>
    </message>
    <message>
        <source>To pack: %1</source>
        <translation>待打包：%1</translation>
    </message>
    <message>
        <source>%1 orders/h in the last hour</source>
        <translation>最近一小时 %1 单/小时</translation>
    </message>
    <message>
        <source>Over the 72 h limit already: %1</source>
        <translation>已超 72 小时：%1 单</translation>
    </message>
    <message>
        <source>No packing in the last hour: no forecast</source>
        <translation>最近一小时没有打包，无法预测</translation>
    </message>
    <message>
        <source>Nothing left to pack</source>
        <translation>已全部打包</translation>
    </message>
    <message>
        <source>%1 · %2 inside the 72 h limit</source>
        <translation>%1 · 比 72 小时时限早 %2</translation>
    </message>
    <message>
        <source>%1 · misses the 72 h limit by %2</source>
        <translation>%1 · 超出 72 小时时限 %2</translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>无待处理</translation>
    </message>
    <message>
        <source>Most: %1 (%2)</source>
        <translation>最多：%1（%2）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>正在读取数据库…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Incomplete address</source>
        <translation>地址不完整</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <translation>买家申请退款</translation>
    </message>
    <message>
        <source>Message needs a person</source>
        <translation>留言/备注需处理</translation>
    </message>
    <message>
        <source>Over every carrier's weight limit</source>
        <translation>超重</translation>
    </message>
    <message>
        <source>Stock short</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <source>Unknown SKU</source>
        <translation>未知商家编码</translation>
    </message>
    <message>
        <source>No usable carrier</source>
        <translation>无可用快递</translation>
    </message>
    <message>
        <source>Formula-like text</source>
        <translation>疑似公式注入</translation>
    </message>
    <message>
        <source>Short pick</source>
        <translation>拣货缺货</translation>
    </message>
    <message>
        <source>Changed on the platform</source>
        <translation>平台订单已变更</translation>
    </message>
    <message>
        <source>Held by a person</source>
        <translation>人工挂起</translation>
    </message>
</context>
<context>
    <name>BurnChart</name>
    <message>
        <source>Not shipped</source>
        <translation>未发货</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>燃尽图</translation>
    </message>
    <message>
        <source>72 h limit</source>
        <translation>72 小时时限</translation>
    </message>
    <message>
        <source>Burn-down: %1 orders not shipped</source>
        <translation>燃尽图：%1 单未发货</translation>
    </message>
    <message>
        <source>72 h limit %1</source>
        <translation>72 小时时限 %1</translation>
    </message>
</context>
<context>
    <name>CarrierChart</name>
    <message>
        <source>%1 (out)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <source>Parcels today</source>
        <translation>今日包裹</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>揽收容量</translation>
    </message>
    <message>
        <source>Carrier load against capacity</source>
        <translation>快递负荷与容量</translation>
    </message>
    <message>
        <source>no carriers</source>
        <translation>没有快递</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>whs — error</source>
        <translation>whs — 出错了</translation>
    </message>
    <message>
        <source>Something went wrong. The station keeps running; if the screen looks wrong, restart the app.</source>
        <translation>程序出了错。工作台仍在运行；如果屏幕显示不对，请重启程序。</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（另有 %2 个错误）</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>标准错误输出</translation>
    </message>
    <message>
        <source>%1 at %2. Written to the log: %3</source>
        <translation>%1，时间 %2。已写入日志：%3</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>why, for the audit log (e.g. what the buyer said)</source>
        <translation>原因，记入操作日志（如买家的说法）</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <source>DRILL — this is a rehearsal database; nothing packed here ships</source>
        <translation>演练 DRILL — 这是演练数据库，这里打包的不会真的发货</translation>
    </message>
</context>
<context>
    <name>DrillHourChart</name>
    <message>
        <source>Arrived</source>
        <translation>到单</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Orders per hour of the drill day</source>
        <translation>演练日每小时订单</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Orders per hour: %1 arrived, %2 packed</source>
        <translation>每小时订单：到单 %1，打包 %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
</context>
<context>
    <name>DrillScreen</name>
    <message>
        <source>Paper out</source>
        <translation>打印机缺纸</translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation>打印机离线</translation>
    </message>
    <message>
        <source>Carrier cap cut</source>
        <translation>快递限量</translation>
    </message>
    <message>
        <source>Carrier outage</source>
        <translation>快递停运</translation>
    </message>
    <message>
        <source>Scanner garbage</source>
        <translation>扫描枪乱码</translation>
    </message>
    <message>
        <source>Exception burst</source>
        <translation>异常单激增</translation>
    </message>
    <message>
        <source>Station crash</source>
        <translation>打包台崩溃</translation>
    </message>
    <message>
        <source>Orders packed</source>
        <translation>已打包订单</translation>
    </message>
    <message>
        <source>Finish (h from 00:00)</source>
        <translation>完成时间（距 0 点小时数）</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Packing capacity, orders/h</source>
        <translation>打包产能（单/小时）</translation>
    </message>
    <message>
        <source>Picking capacity, orders/h</source>
        <translation>拣货产能（单/小时）</translation>
    </message>
    <message>
        <source>Packers</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Pickers</source>
        <translation>拣货员</translation>
    </message>
    <message>
        <source>Orders/h a packer</source>
        <translation>人均打包（单/小时）</translation>
    </message>
    <message>
        <source>Packer error rate</source>
        <translation>打包差错率</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>故障数</translation>
    </message>
    <message>
        <source>Mean recovery, min</source>
        <translation>平均恢复（分钟）</translation>
    </message>
    <message>
        <source>Forecast finish, h</source>
        <translation>预测完成（小时）</translation>
    </message>
    <message>
        <source>Forecast within 72 h</source>
        <translation>预测 72 小时内完成</translation>
    </message>
    <message>
        <source>Forecast packers (72 h)</source>
        <translation>预测打包员（72 小时）</translation>
    </message>
    <message>
        <source>Forecast pickers (72 h)</source>
        <translation>预测拣货员（72 小时）</translation>
    </message>
    <message>
        <source>Forecast printers</source>
        <translation>预测打印机</translation>
    </message>
    <message>
        <source>Forecast label rolls</source>
        <translation>预测面单卷</translation>
    </message>
    <message>
        <source>Forecast ribbons</source>
        <translation>预测碳带</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审单</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Day %1 %2</source>
        <translation>第 %1 天 %2</translation>
    </message>
    <message>
        <source>D%1 %2</source>
        <translation>第%1天 %2</translation>
    </message>
    <message>
        <source>Drill</source>
        <extracomment>(speed: simulated seconds per wall second, None: as fast as it goes), in the speed list's order which targets each fault takes (from service.fault_targets), none: it hits the whole floor</extracomment>
        <translation>演练</translation>
    </message>
    <message>
        <source>Give the drill a name first.</source>
        <translation>请先给演练起个名字。</translation>
    </message>
    <message>
        <source>Making drill %1 from the live master data…</source>
        <translation>正在用实盘主数据建立演练 %1…</translation>
    </message>
    <message>
        <source>Drill %1 is ready: choose how it runs, then F9 Start.</source>
        <translation>演练 %1 已建好：选择运行方式，然后按 F9 开始。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>待开始</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1 · %2 orders · %3</source>
        <translation>%1 · %2 单 · %3</translation>
    </message>
    <message>
        <source>Drill %1 is running.</source>
        <translation>演练 %1 进行中。</translation>
    </message>
    <message>
        <source>Drill %1 is running: the stations are in the drill now.</source>
        <translation>演练 %1 进行中：各打包台现在处于演练模式。</translation>
    </message>
    <message>
        <source>every order is packed</source>
        <translation>全部订单已打包</translation>
    </message>
    <message>
        <source>the 72-hour limit was reached</source>
        <translation>已到 72 小时时限</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>被手动停止</translation>
    </message>
    <message>
        <source>The drill ended: %1 (%2 orders, %3 s). Write its report with Ctrl+R.</source>
        <translation>演练结束：%1（%2 单，用时 %3 秒）。按 Ctrl+R 生成报告。</translation>
    </message>
    <message>
        <source>Stopping the drill: the stations are back in live mode.</source>
        <translation>正在停止演练：各打包台已回到实盘模式。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Fixed after (min)</source>
        <translation>修复用时（分钟）</translation>
    </message>
    <message>
        <source>Parcels today at most</source>
        <translation>当天最多揽收（件）</translation>
    </message>
    <message>
        <source>Lasts (min)</source>
        <translation>持续（分钟）</translation>
    </message>
    <message>
        <source>Exception orders</source>
        <translation>异常单数</translation>
    </message>
    <message>
        <source>Back after (s)</source>
        <translation>重启用时（秒）</translation>
    </message>
    <message>
        <source>Fault requested: %1. The drill applies it within a minute of drill time and logs it with its time.</source>
        <translation>已请求故障：%1。演练会在一分钟演练时间内施加，并记录发生时间。</translation>
    </message>
    <message>
        <source>Folder for the drill report</source>
        <translation>选择演练报告的保存文件夹</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>running as fast as it goes</source>
        <translation>全速运行中</translation>
    </message>
    <message>
        <source>running at %1×</source>
        <translation>%1 倍速运行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>running elsewhere</source>
        <translation>在别处运行中</translation>
    </message>
    <message>
        <source>Normal day × 3 × 0.8 = %1 orders</source>
        <translation>日常单量 × 3 × 0.8 = %1 单</translation>
    </message>
    <message>
        <source>Normal day × 3 × 0.8 (no order history)</source>
        <translation>日常单量 × 3 × 0.8（没有历史订单）</translation>
    </message>
    <message>
        <source>The drill step failed: %1</source>
        <translation>演练操作失败：%1</translation>
    </message>
    <message>
        <source>New drill</source>
        <translation>新建演练</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Inject a fault</source>
        <translation>注入故障</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. rehearsal-1</source>
        <translation>例如 预演-1</translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation>订单数：</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>Virtual crew</source>
        <translation>虚拟班组</translation>
    </message>
    <message>
        <source>People at real stations</source>
        <translation>真人上打包台</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>速度(&amp;S)</translation>
    </message>
    <message>
        <source>F9 Start</source>
        <translation>F9 开始</translation>
    </message>
    <message>
        <source>F10 Stop</source>
        <translation>F10 停止</translation>
    </message>
    <message>
        <source>Ctrl+I Inject</source>
        <translation>Ctrl+I 注入</translation>
    </message>
    <message>
        <source>Ctrl+R Write report…</source>
        <translation>Ctrl+R 生成报告…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>实时数据</translation>
    </message>
    <message>
        <source>Forecast and comparison</source>
        <translation>预测与对比</translation>
    </message>
    <message>
        <source>As fast as it goes</source>
        <translation>全速（尽快跑完）</translation>
    </message>
    <message>
        <source>A day in 1 minute (1440×)</source>
        <translation>1 分钟跑一天（1440 倍）</translation>
    </message>
    <message>
        <source>A day in 10 minutes (144×)</source>
        <translation>10 分钟跑一天（144 倍）</translation>
    </message>
    <message>
        <source>A day in 1 hour (24×)</source>
        <translation>1 小时跑一天（24 倍）</translation>
    </message>
    <message>
        <source>A day in 2 hours (12×)</source>
        <translation>2 小时跑一天（12 倍）</translation>
    </message>
    <message>
        <source>Real time (1×)</source>
        <translation>实时（1 倍）</translation>
    </message>
</context>
<context>
    <name>ExceptionsScreen</name>
    <message>
        <source>That order is gone.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>异常原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>重量 kg</translation>
    </message>
    <message>
        <source>Could not read the orders: %1</source>
        <translation>读取订单失败：%1</translation>
    </message>
    <message>
        <source>Review and exceptions</source>
        <translation>审单/异常</translation>
    </message>
    <message>
        <source>Exception queue</source>
        <translation>异常单</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Sho&amp;p</source>
        <translation>店铺(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Number starts</source>
        <translation>订单号开头(&amp;N)</translation>
    </message>
    <message>
        <source>order number or scan</source>
        <translation>输入或扫描订单号</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Find an order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <source>all shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Order %1 picked</source>
        <translation>已选中订单 %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Orders: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <source>Release order %1</source>
        <translation>放行订单 %1</translation>
    </message>
    <message>
        <source>Hold order %1: it leaves its wave and gives back its stock, and waits in the exception queue until someone releases it.</source>
        <translation>挂起订单 %1：移出波次、释放库存，在异常单中等待放行。</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancel order %1: it will not ship. Its stock goes back and it leaves its wave and merge group.</source>
        <translation>取消订单 %1：不再发货。释放库存，移出波次和合单。</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <source>Merge orders from the exception queue into %1's parcel</source>
        <translation>将异常单中的订单合并到 %1 的包裹</translation>
    </message>
    <message>
        <source>Not done: no supervisor approved it.</source>
        <translation>未执行：没有主管批准。</translation>
    </message>
    <message>
        <source>%1 now ship as one parcel under %2.</source>
        <translation>%1 已合单，以 %2 为主单一起发货。</translation>
    </message>
    <message>
        <source>Order %1 is held in the exception queue.</source>
        <translation>订单 %1 已挂起，进入异常单。</translation>
    </message>
    <message>
        <source>Order %1 is cancelled; its stock is back.</source>
        <translation>订单 %1 已取消，库存已释放。</translation>
    </message>
    <message>
        <source>Order %1 is ready to ship.</source>
        <translation>订单 %1 已可发货。</translation>
    </message>
    <message>
        <source>Order %1 was reviewed again and is still held: %2</source>
        <translation>订单 %1 已重新审单，仍为异常：%2</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>✓ Parcel open — scan every item</source>
        <extracomment>The big words for each outcome; called at show time so they are in the installed language.</extracomment>
        <translation>✓ 已开包 — 逐件扫描商品</translation>
    </message>
    <message>
        <source>Resumed the open parcel</source>
        <translation>继续未完成的包裹</translation>
    </message>
    <message>
        <source>✓ Counted</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✓ Box %1 sealed — go on with box %2</source>
        <translation>✓ 第%1箱已封 — 继续装第%2箱</translation>
    </message>
    <message>
        <source>✓ Packed — scan the label</source>
        <translation>✓ 打包完成 — 请扫描面单</translation>
    </message>
    <message>
        <source>✓ Packed — stick the label on</source>
        <translation>✓ 打包完成 — 请贴面单</translation>
    </message>
    <message>
        <source>✓ Label confirmed</source>
        <translation>✓ 面单已确认</translation>
    </message>
    <message>
        <source>Reprint sent to the printer</source>
        <translation>已补打，面单正在打印</translation>
    </message>
    <message>
        <source>✗ Wrong label — not this parcel's</source>
        <translation>✗ 面单不符 — 不是这个包裹的</translation>
    </message>
    <message>
        <source>✗ Scan the label first</source>
        <translation>✗ 请先扫描面单</translation>
    </message>
    <message>
        <source>Parcel cancelled — put the items back</source>
        <translation>已取消 — 请把商品放回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>✗ Wrong item — take it out</source>
        <translation>✗ 错货 — 请拿出来</translation>
    </message>
    <message>
        <source>✗ One too many — take it out</source>
        <translation>✗ 多扫了 — 请拿出一件</translation>
    </message>
    <message>
        <source>✗ DUPLICATE — do not ship it</source>
        <translation>✗ 重复发货 — 不要发出</translation>
    </message>
    <message>
        <source>✗ App error — scan again</source>
        <translation>✗ 程序出错 — 请重扫</translation>
    </message>
    <message>
        <source>✗ Refused</source>
        <translation>✗ 扫描被拒绝</translation>
    </message>
    <message>
        <source>Scan an order, pick slot or waybill</source>
        <translation>请扫描订单、拣货格或面单</translation>
    </message>
    <message>
        <source>The app failed on this scan; nothing was recorded. Scan it again; if it happens again, call a supervisor.</source>
        <translation>程序处理这次扫描时出错，什么都没有记录。请再扫一次；如果再出错，请找主管。</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>whs pack station</source>
        <translation>whs 打包台</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>未知用户 %1</translation>
    </message>
    <message>
        <source>Station %1 (not in the database)</source>
        <translation>打包台 %1（数据库中没有）</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>没有声音</translation>
    </message>
</context>
<context>
    <name>HourChart</name>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Orders per hour today</source>
        <translation>今日每小时订单</translation>
    </message>
    <message>
        <source>Plan (projected): %1</source>
        <translation>计划（按已付款推算）：%1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>Orders per hour today: %1 paid, %2 packed</source>
        <translation>今日每小时订单：已付款 %1，已打包 %2</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Import</source>
        <extracomment>Problem lists longer than this keep one line per row (sizing rows to wrapped text costs time).</extracomment>
        <translation>订单导入</translation>
    </message>
    <message>
        <source>Ctrl+O Choose files…</source>
        <translation>Ctrl+O 选择文件…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>detect from the header</source>
        <translation>按表头自动识别</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>for files that name no shop</source>
        <translation>文件中没有店铺时填写</translation>
    </message>
    <message>
        <source>F5 Preview again</source>
        <translation>F5 重新预览</translation>
    </message>
    <message>
        <source>Ctrl+Enter Import</source>
        <translation>Ctrl+Enter 导入</translation>
    </message>
    <message>
        <source>new orders</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>changed, updated</source>
        <translation>有变化，将更新</translation>
    </message>
    <message>
        <source>changed after review → exceptions</source>
        <translation>审单后有变化 → 异常队列</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>not shippable (unpaid, shipped, closed)</source>
        <translation>不可发货（未付款、已发货、已关闭）</translation>
    </message>
    <message>
        <source>lines with an unknown SKU code</source>
        <translation>商家编码未知的明细行</translation>
    </message>
    <message>
        <source>SKUs new or changed</source>
        <translation>新增或变更的商品</translation>
    </message>
    <message>
        <source>Choose the export files to import</source>
        <translation>选择要导入的导出文件</translation>
    </message>
    <message>
        <source>Exports (%1);;All files (*)</source>
        <translation>导出文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Reading and checking %1 file(s)…</source>
        <translation>正在读取并检查 %1 个文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>✗ Refused: %1 problem(s). Nothing was written.</source>
        <translation>✗ 拒绝导入：%1 个问题。数据库未改动。</translation>
    </message>
    <message>
        <source>Fix the rows listed under Problems (or export again), then preview again (F5).</source>
        <translation>请修正“问题”中列出的行（或重新导出），然后重新预览（F5）。</translation>
    </message>
    <message>
        <source>Done. Choose the next files with Ctrl+O.</source>
        <translation>完成。按 Ctrl+O 选择下一批文件。</translation>
    </message>
    <message>
        <source>Nothing to import: everything in these files is already in the warehouse.</source>
        <translation>无需导入：这些文件的内容仓库里都已有。</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet. Check the counts and rows below.</source>
        <translation>预览：尚未写入任何数据。请核对下面的数量和明细。</translation>
    </message>
    <message>
        <source>Import writes all of it or nothing. Ctrl+Enter to import.</source>
        <translation>导入要么全部写入，要么什么都不写。按 Ctrl+Enter 导入。</translation>
    </message>
    <message>
        <source>Choose the shops' export files (Ctrl+O): order exports (Taobao/Tmall two-file export, generic CSV, JSON lines) and SKU master data. You see what they would do before anything is written.</source>
        <translation>选择店铺的导出文件（Ctrl+O）：订单导出（淘宝/天猫两个文件、通用 CSV、JSON lines）和商品资料。写入之前会先显示导入结果预览。</translation>
    </message>
    <message>
        <source>Nothing was written: the warehouse already had all of it.</source>
        <translation>未写入任何数据：仓库里已全部存在。</translation>
    </message>
    <message>
        <source>✓ Imported (import %1): %2 new, %3 changed, %4 changed after review, %5 unchanged.</source>
        <translation>✓ 导入完成（导入批次 %1）：新增 %2，更新 %3，审单后变化 %4，无变化 %5。</translation>
    </message>
    <message>
        <source>Import does</source>
        <translation>导入操作</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Ships</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Province / city / district</source>
        <translation>省 / 市 / 区</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>File:row</source>
        <translation>文件:行</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>Orders (first %1 of %2)</source>
        <translation>订单（前 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>SKUs (%1)</source>
        <translation>商品（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>keep, to exceptions</source>
        <translation>保留，转异常</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>不变</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Scanned / wanted</source>
        <translation>已扫 / 应扫</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Packers</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Faults and recovery</source>
        <translation>故障与恢复</translation>
    </message>
    <message>
        <source>Printer and carrier load</source>
        <translation>打印机与快递负荷</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>单/时</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>差错</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复用时</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Drill clock</source>
        <translation>演练时钟</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Orders in the last hour</source>
        <translation>最近一小时订单</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>第 %1 天 · %2</translation>
    </message>
    <message>
        <source>Planned %1 · cancelled %2</source>
        <translation>计划 %1 · 取消 %2</translation>
    </message>
    <message>
        <source>Plan this hour: %1 arriving</source>
        <translation>本小时计划到单：%1</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不限量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Serial scanner connected</source>
        <translation>串口扫描枪已连接</translation>
    </message>
    <message>
        <source>Serial scanner unplugged</source>
        <translation>串口扫描枪已断开</translation>
    </message>
    <message>
        <source>whs — warehouse shipping</source>
        <translation>whs — 仓库发货</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge orders</source>
        <translation>合单</translation>
    </message>
    <message>
        <source>Ship orders of the same buyer and address as one parcel with %1. The first paid leads it; orders from the exception queue are released into it (tick the reasons you have settled).</source>
        <translation>将同买家同地址的订单与 %1 合成一个包裹发货。最先付款的订单为主单；异常单中的订单会被放行并并入（请勾选已处理的原因）。</translation>
    </message>
    <message>
        <source>&amp;Orders in the parcel</source>
        <translation>包裹中的订单(&amp;O)</translation>
    </message>
    <message>
        <source>Reasons you have settled (waived for the orders from the queue):</source>
        <translation>已处理的原因（对异常单中的订单豁免）：</translation>
    </message>
    <message>
        <source>in the queue: %1</source>
        <translation>异常单：%1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合单</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>not shippable</source>
        <translation>不可发货</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审单</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>on a wave</source>
        <translation>已排波次</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>已拣货</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>打包中</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>放行(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit address…</source>
        <translation>改地址(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合单(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>挂起(&amp;H)…</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>取消订单(&amp;O)…</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Pick an order in the list, or scan its number.</source>
        <translation>在列表中选择订单，或扫描订单号。</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Why it is held</source>
        <translation>拦截原因</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Seller memo</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <source>Items (%1 in all)</source>
        <translation>商品（共 %1 件）</translation>
    </message>
    <message>
        <source>Ships as one parcel with</source>
        <translation>与以下订单合并为一个包裹</translation>
    </message>
    <message>
        <source>Same buyer and address</source>
        <translation>同买家同地址</translation>
    </message>
</context>
<context>
    <name>PackStationScreen</name>
    <message>
        <source>Pack station</source>
        <extracomment>After a failed read (the server away: a try may wait for a connect timeout), so scans do not queue behind tries.</extracomment>
        <translation>打包台</translation>
    </message>
    <message>
        <source>F2 Type a code:</source>
        <translation>F2 手动输入：</translation>
    </message>
    <message>
        <source>scan anywhere, or type here + Enter</source>
        <translation>随处扫描，或在此输入后按回车</translation>
    </message>
    <message>
        <source>F8 Complete</source>
        <translation>F8 完成</translation>
    </message>
    <message>
        <source>F7 Next box</source>
        <translation>F7 分箱</translation>
    </message>
    <message>
        <source>F6 Cancel parcel</source>
        <translation>F6 取消本包</translation>
    </message>
    <message>
        <source>F10 Reprint label</source>
        <translation>F10 补打面单</translation>
    </message>
    <message>
        <source>F9 Command sheet</source>
        <translation>F9 命令条码单</translation>
    </message>
    <message>
        <source>Waybill %1</source>
        <translation>面单 %1</translation>
    </message>
    <message>
        <source>Stick the label on, then scan it to confirm (F10 reprints it).</source>
        <translation>贴好面单后扫描面单确认（F10 补打）。</translation>
    </message>
    <message>
        <source>No label printer is set up here: the label waits in the print queue.</source>
        <translation>本工作台没有配置面单打印机：面单在打印队列中等待。</translation>
    </message>
    <message>
        <source>Stick the label on the parcel, then scan the next order.</source>
        <translation>把面单贴到包裹上，然后扫描下一单。</translation>
    </message>
    <message>
        <source>Stick this label on the full box; scan the rest into the next box.</source>
        <translation>把这张面单贴在装满的箱子上；其余商品扫进下一箱。</translation>
    </message>
    <message>
        <source>Now scan the next label: %1</source>
        <translation>请扫描下一张面单：%1</translation>
    </message>
    <message>
        <source>Scan the next order.</source>
        <translation>请扫描下一单。</translation>
    </message>
    <message>
        <source>Scan the new label when it comes out.</source>
        <translation>新面单打出来后请扫描确认。</translation>
    </message>
    <message>
        <source>Scan the label just printed (%1), or press F10 to reprint it.</source>
        <translation>请扫描刚打印的面单（%1），或按 F10 补打。</translation>
    </message>
    <message>
        <source>Put that label aside; scan this parcel's label: %1</source>
        <translation>把那张面单放到一边；请扫描这个包裹的面单：%1</translation>
    </message>
    <message>
        <source>Put the items back, then scan the next order.</source>
        <translation>把商品放回，然后扫描下一单。</translation>
    </message>
    <message>
        <source>Put this parcel aside and call a supervisor.</source>
        <translation>把这个包裹放到一边，请找主管。</translation>
    </message>
    <message>
        <source>Take that item out of the box, then scan the right one.</source>
        <translation>把这件商品从箱子里拿出来，再扫描正确的商品。</translation>
    </message>
    <message>
        <source>✗ The station cannot start</source>
        <translation>✗ 工作台无法启动</translation>
    </message>
    <message>
        <source>Check the database path, then restart the app.</source>
        <translation>请检查数据库路径，然后重启程序。</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Scan the order's barcode (or its pick slot or waybill) to open a parcel, then scan every item.

Packed at this station since the app started: %1</source>
        <translation>扫描订单条码（或拣货格、面单）开包，然后逐件扫描商品。

本次启动以来本台已打包：%1 单</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>第%1箱</translation>
    </message>
    <message>
        <source>%1 / %2 units</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>Save the station command sheet</source>
        <translation>保存打包台命令条码单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the command sheet…</source>
        <translation>正在生成命令条码单…</translation>
    </message>
    <message>
        <source>Command sheet saved: %1 — print it and keep it at the bench.</source>
        <translation>命令条码单已保存：%1 — 请打印出来放在打包台旁。</translation>
    </message>
    <message>
        <source>Cannot make the command sheet: %1</source>
        <translation>无法生成命令条码单：%1</translation>
    </message>
</context>
<context>
    <name>PickLinesModel</name>
    <message>
        <source>#</source>
        <translation>序</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
</context>
<context>
    <name>PickScreen</name>
    <message>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>F3 Wave:</source>
        <translation>F3 波次：</translation>
    </message>
    <message>
        <source>F2 Type a code:</source>
        <translation>F2 输入条码：</translation>
    </message>
    <message>
        <source>scan anywhere, or type a bin, barcode or wave + Enter</source>
        <translation>随处扫码，或输入库位、条码或波次号后回车</translation>
    </message>
    <message>
        <source>F8 Confirm line</source>
        <translation>F8 确认本行</translation>
    </message>
    <message>
        <source>F6 Short…</source>
        <translation>F6 缺货…</translation>
    </message>
    <message>
        <source>F7 Confirm all</source>
        <translation>F7 全部确认</translation>
    </message>
    <message>
        <source>F9 Print pick list</source>
        <translation>F9 打印拣货单</translation>
    </message>
    <message>
        <source>Shift+F9 Save PDF</source>
        <translation>Shift+F9 存为 PDF</translation>
    </message>
    <message>
        <source>F5 Refresh</source>
        <translation>F5 刷新</translation>
    </message>
    <message>
        <source>Confirm all %1 lines left?</source>
        <translation>确认剩下的 %1 行全部拣齐？</translation>
    </message>
    <message>
        <source>Only when every one of them is in the cart, in full.</source>
        <translation>只有每一行都已足数放进拣货车时才这样做。</translation>
    </message>
    <message>
        <source>Press F7 again to confirm them all; scan or press any other key to go on.</source>
        <translation>再按 F7 全部确认；扫码或按其他键继续。</translation>
    </message>
    <message>
        <source>✗ Something went wrong</source>
        <translation>✗ 出错了</translation>
    </message>
    <message>
        <source>Try again; if it happens again, call a supervisor.</source>
        <translation>请重试；如果再次出现，请找主管。</translation>
    </message>
    <message>
        <source>Scan a pick list to start</source>
        <translation>扫描拣货单开始</translation>
    </message>
    <message>
        <source>Scan the barcode at the top of the printed pick list, or choose a wave with F3.</source>
        <translation>扫描拣货单顶部的条码，或按 F3 选择波次。</translation>
    </message>
    <message>
        <source>✗ Not taken: %1</source>
        <translation>✗ 未确认：%1</translation>
    </message>
    <message>
        <source>Wave %1 closed</source>
        <translation>波次 %1 已关闭</translation>
    </message>
    <message>
        <source>Nothing of it goes to packing: its orders are in the exception queue. Put the items back.</source>
        <translation>此波次没有订单去打包：订单已转入异常队列。请把商品放回库位。</translation>
    </message>
    <message>
        <source>✓ Wave %1 picked</source>
        <translation>✓ 波次 %1 拣货完成</translation>
    </message>
    <message>
        <source>Take the cart to packing. Scan the next pick list.</source>
        <translation>把拣货车推到打包区，然后扫描下一张拣货单。</translation>
    </message>
    <message>
        <source>To the exception queue: %1</source>
        <translation>转入异常：%1</translation>
    </message>
    <message>
        <source>Wave %1 is not released yet</source>
        <translation>波次 %1 尚未下发</translation>
    </message>
    <message>
        <source>A supervisor releases it on the Waves screen; until then nothing on it can be confirmed.</source>
        <translation>请主管在波次页面下发；下发前不能确认拣货。</translation>
    </message>
    <message>
        <source>Wave %1: nothing left to pick</source>
        <translation>波次 %1：没有待拣的了</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>波次 %1</translation>
    </message>
    <message>
        <source>Pick each line, then scan its bin or the item's barcode.</source>
        <translation>按行拣货，拣好后扫库位码或商品条码。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 行</translation>
    </message>
    <message>
        <source>Short: %1</source>
        <translation>缺货：%1</translation>
    </message>
    <message>
        <source>Picked: %1</source>
        <translation>已拣：%1</translation>
    </message>
    <message>
        <source>Next: %1  ·  %2  ×%3</source>
        <translation>下一个：%1  ·  %2  ×%3</translation>
    </message>
    <message>
        <source>no wave open</source>
        <translation>未打开波次</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 单</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>未下发</translation>
    </message>
    <message>
        <source>%1 / %2 bins · %3 / %4 units</source>
        <translation>库位 %1 / %2 · 件数 %3 / %4</translation>
    </message>
    <message>
        <source>— choose a wave —</source>
        <translation>— 选择波次 —</translation>
    </message>
    <message>
        <source>Pick list queued for printing: job %1</source>
        <translation>拣货单已加入打印队列：任务 %1</translation>
    </message>
    <message>
        <source>✗ Pick list not printed: %1</source>
        <translation>✗ 拣货单未打印：%1</translation>
    </message>
    <message>
        <source>Save the pick list</source>
        <translation>保存拣货单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Making the pick list…</source>
        <translation>正在生成拣货单…</translation>
    </message>
    <message>
        <source>Pick list saved: %1</source>
        <translation>拣货单已保存：%1</translation>
    </message>
    <message>
        <source>Cannot make the pick list: %1</source>
        <translation>无法生成拣货单：%1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已排</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>拣货中</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>已拣完</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>single-unit</source>
        <translation>单件</translation>
    </message>
    <message>
        <source>multi-unit</source>
        <translation>多件</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Pickup batch of %1</source>
        <translation>%1 的揽收批次</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>批次名</translation>
    </message>
    <message>
        <source>Pickup time</source>
        <translation>揽收时间</translation>
    </message>
    <message>
        <source>Capacity (parcels)</source>
        <translation>容量（包裹）</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Supervisor approval</source>
        <extracomment>(login, name) of a supervisor, for the login box</extracomment>
        <translation>主管确认</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>主管(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN 码(&amp;P)</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Wrong PIN, or not a supervisor. Try again.</source>
        <translation>PIN 不对，或不是主管。请重试。</translation>
    </message>
</context>
<context>
    <name>PrinterPanel</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>纸快用完</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>面单打印机</translation>
    </message>
    <message>
        <source>Slip printer</source>
        <translation>清单打印机</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Printers: checking…</source>
        <translation>打印机：检测中…</translation>
    </message>
    <message>
        <source>No printer configured</source>
        <translation>未配置打印机</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>cannot print</source>
        <translation>不能打印</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>No label printer can print now (%1: %2). Labels wait in the queue and print when a printer is back; call a supervisor.</source>
        <translation>现在没有面单打印机能打印（%1：%2）。面单在队列中等待，打印机恢复后会自动打印；请找主管。</translation>
    </message>
    <message>
        <source>Printer %1 is %2: labels now print on the backup %3 automatically. Nothing to do; keep packing.</source>
        <translation>打印机 %1 %2：面单已自动改由备用打印机 %3 打印。无需操作，继续打包。</translation>
    </message>
</context>
<context>
    <name>PrintersScreen</name>
    <message>
        <source>labels</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>slips</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>labels and slips</source>
        <translation>面单和清单</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主打印机</translation>
    </message>
    <message>
        <source>backup %1 of %2</source>
        <translation>%2 的第 %1 备用</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>maybe printed</source>
        <translation>可能已打印</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>replaced by a reprint</source>
        <translation>已被补打替代</translation>
    </message>
    <message>
        <source>label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Printers at every station: state, failover order and queue</source>
        <translation>各打包台的打印机：状态、切换顺序和队列</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>面单号</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>waiting and printing</source>
        <translation>等待和打印中</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>all jobs</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Test print (F4)</source>
        <translation>打印测试页 (F4)</translation>
    </message>
    <message>
        <source>Reprint job (F10)</source>
        <translation>补打任务 (F10)</translation>
    </message>
    <message>
        <source>no printer configured</source>
        <translation>未配置打印机</translation>
    </message>
    <message>
        <source>%1 jobs wait for a printer that can print them</source>
        <translation>%1 个任务在等能打印它们的打印机</translation>
    </message>
    <message>
        <source>taken out of the group</source>
        <translation>已移出切换组</translation>
    </message>
    <message>
        <source>(takes no jobs now)</source>
        <translation>（暂不接任务）</translation>
    </message>
    <message>
        <source>Station %1:</source>
        <translation>打包台 %1：</translation>
    </message>
    <message>
        <source>No printer selected</source>
        <translation>未选打印机</translation>
    </message>
    <message>
        <source>Jobs on %1</source>
        <translation>%1 上的任务</translation>
    </message>
    <message>
        <source>Jobs on %1: none to show here</source>
        <translation>%1 上的任务：这里没有可显示的</translation>
    </message>
    <message>
        <source>reprint of job %1, asked by %2</source>
        <translation>任务 %1 的补打，由 %2 发起</translation>
    </message>
    <message>
        <source>Sending a test page to %1…</source>
        <translation>正在向 %1 发送测试页…</translation>
    </message>
    <message>
        <source>Test page not printed on %1: %2</source>
        <translation>%1 未打出测试页：%2</translation>
    </message>
    <message>
        <source>Test page sent to %1 (%2 bytes). It says TEST PRINT: it is not a waybill.</source>
        <translation>测试页已发送到 %1（%2 字节）。上面印有“打印测试”，不是面单。</translation>
    </message>
    <message>
        <source>Select a job to reprint (or scan its waybill).</source>
        <translation>请选择要补打的任务（或扫描其面单）。</translation>
    </message>
    <message>
        <source>The label of job %1 was reprinted before. Another reprint needs a supervisor's PIN.</source>
        <translation>任务 %1 的面单已补打过。再次补打需要主管 PIN。</translation>
    </message>
    <message>
        <source>Reprint queued: job %1 replaces job %2.</source>
        <translation>已加入补打：任务 %1 替代任务 %2。</translation>
    </message>
    <message>
        <source>No print job for %1.</source>
        <translation>%1 没有打印任务。</translation>
    </message>
    <message>
        <source>%1: job %2, %3. F10 reprints it.</source>
        <translation>%1：任务 %2，%3。按 F10 补打。</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>New waybill range for %1</source>
        <translation>%1 新面单号段</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始号</translation>
    </message>
    <message>
        <source>Last number (its digits set the width)</source>
        <translation>结束号（位数即号码宽度）</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release order</source>
        <translation>放行订单</translation>
    </message>
    <message>
        <source>Release order %1 back to review. Tick the reasons you have settled: they are waived. Review checks the others again (stock, address, carrier) and keeps the order here if they still hold.</source>
        <translation>放行订单 %1 重新审单。勾选已处理的原因，这些原因将被豁免；其余原因（库存、地址、快递）审单会再次检查，仍不满足时订单留在异常单。</translation>
    </message>
    <message>
        <source>%1 (checked again, cannot be waived)</source>
        <translation>%1（会再次检查，不能豁免）</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>放行…</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Two drills side by side</source>
        <translation>两次演练对比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Real day finishes</source>
        <translation>真实大促完成时间</translation>
    </message>
    <message>
        <source>Packers · pickers for 72 h</source>
        <translation>72 小时所需 打包员 · 拣货员</translation>
    </message>
    <message>
        <source>Printers and consumables</source>
        <translation>打印机与耗材</translation>
    </message>
    <message>
        <source>Measured: orders/h a packer</source>
        <translation>实测：人均打包 单/小时</translation>
    </message>
    <message>
        <source>Run a drill, then write its report: the forecast of the real day is made from the rates the drill measured.</source>
        <translation>先运行演练，再生成报告：真实大促的预测来自演练实测的效率。</translation>
    </message>
    <message>
        <source>within the 72 h limit</source>
        <translation>在 72 小时时限内</translation>
    </message>
    <message>
        <source>OVER the 72 h limit</source>
        <translation>超过 72 小时时限</translation>
    </message>
    <message>
        <source>%1 orders · %2</source>
        <translation>%1 单 · %2</translation>
    </message>
    <message>
        <source>All in one day: %1 · %2</source>
        <translation>一天内全部完成：%1 · %2</translation>
    </message>
    <message>
        <source>%1 printers</source>
        <translation>%1 台打印机</translation>
    </message>
    <message>
        <source>%1 label rolls · %2 ribbons (%3 spare)</source>
        <translation>面单 %1 卷 · 碳带 %2 卷（含 %3 备用）</translation>
    </message>
    <message>
        <source>Bottleneck: %1 · errors %2 · picker %3 orders/h</source>
        <translation>瓶颈：%1 · 差错 %2 · 拣货员 %3 单/小时</translation>
    </message>
    <message>
        <source>Drill %1: %2 of %3 orders packed.</source>
        <translation>演练 %1：%3 单中已打包 %2 单。</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings of this PC (station %1)</source>
        <translation>本机设置（打包台 %1）</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <source>This PC is &amp;station</source>
        <translation>本机是打包台(&amp;S)</translation>
    </message>
    <message>
        <source>Use this station</source>
        <translation>使用此打包台</translation>
    </message>
    <message>
        <source>Kept on this PC in the user's data folder; used from the next start.</source>
        <translation>保存在本机的用户数据文件夹中；下次启动生效。</translation>
    </message>
    <message>
        <source>Kept on this PC next to the database; used from the next start.</source>
        <translation>保存在本机数据库旁边；下次启动生效。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Changes the screens now, and every later start at station %1.</source>
        <translation>立即切换界面语言，打包台 %1 以后每次启动也用它。</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;ve for the next start</source>
        <translation>保存，下次启动生效(&amp;V)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the stations, or a database file's full path. Kept on this PC in the user's data folder; used from the next start unless the app is started with --db or WHS_DB.</source>
        <translation>各打包台共用的 PostgreSQL 服务器地址，或数据库文件的完整路径。保存在本机的用户数据文件夹中，下次启动生效（启动时给了 --db 或 WHS_DB 则以它们为准）。</translation>
    </message>
    <message>
        <source>Printers of station %1, in failover order</source>
        <translation>打包台 %1 的打印机（按切换顺序）</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>故障切换</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>指令语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>指令语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Prints</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>纸张(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup of</source>
        <translation>作为备用(&amp;B)</translation>
    </message>
    <message>
        <source>Never answers status: print to it anyway</source>
        <translation>从不回应状态查询：照样打印</translation>
    </message>
    <message>
        <source>New printer</source>
        <translation>新打印机</translation>
    </message>
    <message>
        <source>Add printer</source>
        <translation>添加打印机</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Scan &amp;here to test</source>
        <translation>在此扫描测试(&amp;H)</translation>
    </message>
    <message>
        <source>scan any barcode, or type a code and Enter</source>
        <translation>扫描任意条码，或输入条码后按回车</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Came as</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Key timing</source>
        <translation>按键间隔</translation>
    </message>
    <message>
        <source>Serial scanner &amp;port</source>
        <translation>串口扫描枪端口(&amp;P)</translation>
    </message>
    <message>
        <source>Save port</source>
        <translation>保存端口</translation>
    </message>
    <message>
        <source>For scanners on a COM port (RS-232 or USB-COM mode); used from the next start. Empty: keyboard-wedge scanners only.</source>
        <translation>用于串口扫描枪（RS-232 或 USB 虚拟串口模式）；下次启动生效。留空：只用键盘模式扫描枪。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>账号(&amp;O)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>姓名(&amp;A)</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>角色(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>PIN 码(&amp;I)</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Every change here needs a supervisor's PIN.</source>
        <translation>这里的每项更改都需要主管 PIN。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>taken out of the group</source>
        <translation>已移出切换组</translation>
    </message>
    <message>
        <source>This PC is station %1 from the next start.</source>
        <translation>下次启动起本机是打包台 %1。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>下次启动起：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected: schema %1; this app upgrades it to %2 when it opens it.</source>
        <translation>已连接：数据库版本 %1；本程序打开它时会升级到 %2。</translation>
    </message>
    <message>
        <source>Connected: schema %1.</source>
        <translation>已连接：数据库版本 %1。</translation>
    </message>
    <message>
        <source>This PC opens %1 from the next start.</source>
        <translation>下次启动起本机使用数据库 %1。</translation>
    </message>
    <message>
        <source>— none: a group of its own</source>
        <translation>— 无：自成一组</translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation>移出切换组</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>放回切换组</translation>
    </message>
    <message>
        <source>Printer %1 added.</source>
        <translation>打印机 %1 已添加。</translation>
    </message>
    <message>
        <source>Printer %1 saved.</source>
        <translation>打印机 %1 已保存。</translation>
    </message>
    <message>
        <source>Printer %1 is back in its group.</source>
        <translation>打印机 %1 已放回切换组。</translation>
    </message>
    <message>
        <source>Printer %1 is out of its group: its jobs go to the others.</source>
        <translation>打印机 %1 已移出切换组：它的任务转给其他打印机。</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>a scanner (keyboard wedge): keys faster than %1 ms apart</source>
        <translation>扫描枪（键盘模式）：按键间隔小于 %1 毫秒</translation>
    </message>
    <message>
        <source>the serial scanner</source>
        <translation>串口扫描枪</translation>
    </message>
    <message>
        <source>typing: keys slower than %1 ms apart, or typed into the box</source>
        <translation>手工输入：按键间隔大于 %1 毫秒，或直接输入到框里</translation>
    </message>
    <message>
        <source>%1 keys, %2 ms apart in the middle, %3 ms at the longest</source>
        <translation>%1 个按键，间隔中位数 %2 毫秒，最长 %3 毫秒</translation>
    </message>
    <message>
        <source>no key timing (the code did not come from the keyboard)</source>
        <translation>无按键间隔（条码不是从键盘来的）</translation>
    </message>
    <message>
        <source>✓ Nothing mangled the code.</source>
        <translation>✓ 条码没有被改动。</translation>
    </message>
    <message>
        <source>A Chinese input method turned keys into characters: switch it to English (Shift) or off for the scanner.</source>
        <translation>中文输入法把按键变成了汉字：扫描时请切换到英文（Shift）或关闭输入法。</translation>
    </message>
    <message>
        <source>Full-width characters (全角): the input method is in full-width mode; switch it to half-width (Shift+Space).</source>
        <translation>出现全角字符：输入法处于全角模式，请切换为半角（Shift+空格）。</translation>
    </message>
    <message>
        <source>Characters of another keyboard layout: set the scanner to the US keyboard layout (its manual's keyboard language barcode).</source>
        <translation>出现其他键盘布局的字符：请把扫描枪设为美式键盘布局（扫描说明书中的键盘语言条码）。</translation>
    </message>
    <message>
        <source>The letters came in lower case: Caps Lock may be on, or the scanner inverts case. Turn Caps Lock off or set the scanner to ignore it.</source>
        <translation>字母变成了小写：可能开着大写锁定，或扫描枪反转了大小写。请关闭大写锁定，或把扫描枪设为忽略它。</translation>
    </message>
    <message>
        <source>Most keys came fast but some gaps were too long, so it counted as typing: set the scanner to send faster, or the PC is very busy.</source>
        <translation>大部分按键很快，但有些间隔太长，被当成了手工输入：请把扫描枪的发送速度调快，或电脑太忙。</translation>
    </message>
    <message>
        <source>Serial scanner port %1 saved; used from the next start.</source>
        <translation>串口扫描枪端口 %1 已保存；下次启动生效。</translation>
    </message>
    <message>
        <source>No serial scanner from the next start.</source>
        <translation>下次启动起不用串口扫描枪。</translation>
    </message>
    <message>
        <source>Add %1 (%2) as %3.</source>
        <translation>添加 %1（%2）为%3。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>用户 %1 已添加。</translation>
    </message>
    <message>
        <source>Set a new PIN for %1.</source>
        <translation>为 %1 设置新 PIN。</translation>
    </message>
    <message>
        <source>New PIN for %1 set.</source>
        <translation>%1 的新 PIN 已设置。</translation>
    </message>
    <message>
        <source>Make %1 a %2.</source>
        <translation>把 %1 设为%2。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
</context>
<context>
    <name>SharedDatabase</name>
    <message>
        <source>Several stations need PostgreSQL</source>
        <translation>多个工作台请使用 PostgreSQL</translation>
    </message>
</context>
<context>
    <name>ShortPanel</name>
    <message>
        <source>Enter Report short</source>
        <translation>Enter 报缺货</translation>
    </message>
    <message>
        <source>Esc Back</source>
        <translation>Esc 返回</translation>
    </message>
    <message>
        <source>How many did you find at %1 (%2, wanted %3)?</source>
        <translation>%1（%2，应拣 %3 件）实际找到几件？</translation>
    </message>
</context>
<context>
    <name>StageChart</name>
    <message>
        <source>To review</source>
        <translation>待审单</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>异常单</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已审待排波次</translation>
    </message>
    <message>
        <source>In wave / picking</source>
        <translation>波次拣货中</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>打包中</translation>
    </message>
    <message>
        <source>Awaiting handover</source>
        <translation>待交接</translation>
    </message>
    <message>
        <source>Shipped today</source>
        <translation>今日已发货</translation>
    </message>
    <message>
        <source>Orders waiting per stage</source>
        <translation>各环节待处理订单</translation>
    </message>
    <message>
        <source>Orders waiting per stage: %1</source>
        <translation>各环节待处理订单：%1</translation>
    </message>
</context>
<context>
    <name>WavesScreen</name>
    <message>
        <source>Waves and carriers</source>
        <translation>波次与快递</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Plan waves (Ctrl+P)</source>
        <translation>排波次 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Release selected (Ctrl+R)</source>
        <translation>下发所选 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Pickup batches</source>
        <translation>揽收批次</translation>
    </message>
    <message>
        <source>Waybill ranges</source>
        <translation>面单号段</translation>
    </message>
    <message>
        <source>Why this carrier? (Ctrl+W)</source>
        <translation>为什么是这家快递？(Ctrl+W)</translation>
    </message>
    <message>
        <source>Edit batch…</source>
        <translation>修改批次…</translation>
    </message>
    <message>
        <source>Add batch…</source>
        <translation>新增批次…</translation>
    </message>
    <message>
        <source>Add range…</source>
        <translation>新增号段…</translation>
    </message>
    <message>
        <source>order number + Enter</source>
        <translation>订单号 + 回车</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>查原因</translation>
    </message>
    <message>
        <source>waves still to pick</source>
        <translation>待拣波次</translation>
    </message>
    <message>
        <source>all waves</source>
        <translation>全部波次</translation>
    </message>
    <message>
        <source>Planning waves…</source>
        <translation>正在排波次…</translation>
    </message>
    <message>
        <source>Select the waves to release first.</source>
        <translation>请先选择要下发的波次。</translation>
    </message>
    <message>
        <source>%1 waves planned. Select the ones to send to the floor and release them.</source>
        <translation>已排 %1 个波次。请选择要下发到现场的波次并下发。</translation>
    </message>
    <message>
        <source>Released to the floor: %1</source>
        <translation>已下发：%1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>波次</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>揽收批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>下发</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Bins picked</source>
        <translation>已拣库位</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>未下发</translation>
    </message>
    <message>
        <source>Plan waves makes waves from the orders ready to ship today, per carrier and pickup batch. New waves wait here until you release them.</source>
        <translation>排波次：把今天待发的订单按快递和揽收批次排成波次。新波次在这里等待，直到您下发。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 waves&lt;/b&gt;, %2 orders</source>
        <translation>&lt;b&gt;%1 个波次&lt;/b&gt;，%2 单</translation>
    </message>
    <message>
        <source>carriers assigned: %1</source>
        <translation>快递分配：%1</translation>
    </message>
    <message>
        <source>over pickup capacity, waiting: %1</source>
        <translation>超出揽收容量，等待：%1</translation>
    </message>
    <message>
        <source>to exceptions: %1</source>
        <translation>转异常：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Waved</source>
        <translation>已排波次</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>待排波次</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>Room (binding cap)</source>
        <translation>余量（限制项）</translation>
    </message>
    <message>
        <source>Waybills free</source>
        <translation>可用面单</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次分配</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>out: %1</source>
        <translation>停用：%1</translation>
    </message>
    <message>
        <source>low</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>No carrier assignment has run yet: planning waves runs one.</source>
        <translation>还没有分配过快递：排波次时会分配。</translation>
    </message>
    <message>
        <source>Last assignment run #%1 (%2, %3): %4 parcels, %5 waiting for room, %6 to exceptions.</source>
        <translation>上次快递分配 #%1（%2，%3）：%4 个包裹，%5 个等待余量，%6 个转异常。</translation>
    </message>
    <message>
        <source>batch assignment</source>
        <translation>批量分配</translation>
    </message>
    <message>
        <source>carrier out: re-routed</source>
        <translation>快递停用改派</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>real</source>
        <translation>正式</translation>
    </message>
    <message>
        <source> (merged with %1)</source>
        <translation>（与 %1 合单）</translation>
    </message>
    <message>
        <source>Order %1%2 → %3</source>
        <translation>订单 %1%2 → %3</translation>
    </message>
    <message>
        <source>To %1, %2 kg</source>
        <translation>寄往 %1，%2 kg</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>none — the lowest cost within every cap</source>
        <translation>无——在各项上限内选运费最低</translation>
    </message>
    <message>
        <source>Not assigned yet: planning waves assigns carriers.</source>
        <translation>尚未分配：排波次时分配快递。</translation>
    </message>
    <message>
        <source>Select a pickup batch to edit.</source>
        <translation>请先选择要修改的揽收批次。</translation>
    </message>
    <message>
        <source>Set %1's pickup batch %2 to %3, %4 parcels</source>
        <translation>把 %1 的揽收批次 %2 改为 %3、%4 个包裹</translation>
    </message>
    <message>
        <source>Load waybill numbers %1%2 to %1%3 for %4</source>
        <translation>为 %4 导入面单号 %1%2 至 %1%3</translation>
    </message>
    <message>
        <source>Carrier settings saved.</source>
        <translation>快递设置已保存。</translation>
    </message>
</context>
</TS>
