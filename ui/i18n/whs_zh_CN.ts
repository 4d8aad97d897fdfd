<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>DrillBanner</name>
    <message>
        <source>DRILL — this is a rehearsal database; nothing packed here ships</source>
        <translation>演练 DRILL — 这是演练数据库，这里打包的不会真的发货</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>✓ Parcel open — scan every item</source>
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
    <name>PackStationScreen</name>
    <message>
        <source>Pack station</source>
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
</TS>
