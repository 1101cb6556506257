<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>About</name>
        <message>
            <location filename="../../gui/about.py" line="43" />
            <source>no CUDA device</source>
            <translation>无 CUDA 设备</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="52" />
            <source>Device in use</source>
            <translation>使用的设备</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="53" />
            <source>CUDA capability</source>
            <translation>CUDA 计算能力</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="54" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="42" />
            <source> (CUDA not available)</source>
            <translation>（CUDA 不可用）</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../gui/about.py" line="68" />
            <source>About {0}</source>
            <translation>关于 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="69" />
            <source>{0}: activation functions and weight initialisation, to see and to teach.</source>
            <translation>{0}：观察和讲授激活函数与权重初始化。</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="75" />
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/about.py" line="76" />
            <source>Put this text on the clipboard, e.g. for a bug report</source>
            <translation>把这段文字复制到剪贴板，例如用于报告问题</translation>
        </message>
    </context>
    <context>
        <name>ActivationChooser</name>
        <message>
            <location filename="../../gui/common/activation_chooser.py" line="34" />
            <source>Formula…</source>
            <extracomment>The user chose an activation: its id (a registry id or "formula: …") and starting parameter values or None.</extracomment>
            <translation>公式…</translation>
        </message>
    </context>
    <context>
        <name>ActivationList</name>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="49" />
            <source>Search activations…</source>
            <translation>搜索激活函数…</translation>
        </message>
    </context>
    <context>
        <name>AnimationDialog</name>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="63" />
            <location filename="../../gui/export/animation_dialog.py" line="184" />
            <source>Export animation</source>
            <translation>导出动画</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="87" />
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="89" />
            <source>As on screen (960 px wide)</source>
            <translation>与屏幕相同（宽 960 像素）</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="91" />
            <source>Slide {0} × {1}</source>
            <translation>幻灯片 {0} × {1}</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="93" />
            <source>Forever</source>
            <translation>一直循环</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="94" />
            <source>Once</source>
            <translation>播放一次</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="98" />
            <source>The run on screen: epochs {0} to {1} ({2} frames recorded)</source>
            <translation>屏幕上的这次训练：第 {0} 至 {1} 轮（已记录 {2} 帧）</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="100" />
            <source>A new run of the current settings</source>
            <translation>按当前设置重新训练一次</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="101" />
            <source>Run</source>
            <translation>训练过程</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="102" />
            <source>Epochs</source>
            <translation>轮数</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="105" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="106" />
            <source>From</source>
            <translation>起点</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="107" />
            <source>To</source>
            <translation>终点</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="108" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="109" />
            <source>Frames per second</source>
            <translation>每秒帧数</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="110" />
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="111" />
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="112" />
            <source>Loop</source>
            <translation>循环</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="149" />
            <source>This tab has no parameter to sweep here yet</source>
            <translation>此标签页还没有可以在这里扫动的参数</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="165" />
            <source>Drawing the frames…</source>
            <translation>正在绘制各帧…</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="165" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_dialog.py" line="193" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_sources.py" line="98" />
            <source>{0} (initialiser)</source>
            <extracomment>A tab, reached by duck typing (the tabs' packages are not imported here: the command line reaches this package).</extracomment>
            <translation>{0}（初始化方法）</translation>
        </message>
        <message>
            <location filename="../../gui/export/animation_sources.py" line="99" />
            <source>{0} (activation)</source>
            <translation>{0}（激活函数）</translation>
        </message>
    </context>
    <context>
        <name>CheckedSpinMixin</name>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="122" />
            <source>“{0}” is not a number</source>
            <extracomment>Texts on the way to a number ("-", "1.", "2e-"): neither refused nor applied while typed.</extracomment>
            <translation>“{0}”不是数字</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="125" />
            <source>{0} is below the minimum {1}</source>
            <translation>{0} 小于最小值 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="127" />
            <source>{0} is above the maximum {1}</source>
            <translation>{0} 大于最大值 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="129" />
            <source>{0} is not a whole number</source>
            <translation>{0} 不是整数</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="149" />
            <source>{0} rounded to {1} (this field shows {2} decimals)</source>
            <translation>{0} 已四舍五入为 {1}（此输入框显示 {2} 位小数）</translation>
        </message>
        <message>
            <source>at most {0} decimals</source>
            <translation type="vanished">最多 {0} 位小数</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="162" />
            <location filename="../../gui/common/checked_spin.py" line="170" />
            <source>{0}: kept {1}</source>
            <translation>{0}：保留 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/checked_spin.py" line="168" />
            <source>no number typed</source>
            <translation>未输入数字</translation>
        </message>
    </context>
    <context>
        <name>ComputeTab</name>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="106" />
            <source>Computing…</source>
            <extracomment>The style of a refusal under a plot (the Okabe–Ito vermillion, bold). A result was drawn (after :meth:`show_result`); carries the result. A request was refused or its job failed; carries the message shown under the plot. A job stopped at the user's (or a newer request's) wish; the last good plot stays. True while a job runs (for Run/Cancel buttons). 0..1 of the running job (for a progress bar). The precisions this tab computes in; the toolbar's others are refused with a message. Edits within this many milliseconds coalesce into one run.</extracomment>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="110" />
            <source>Not computed: {0}</source>
            <translation>未计算：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="114" />
            <source>Cancelled; the last complete result stays on screen.</source>
            <translation>已取消；屏幕上保留上一次完整的结果。</translation>
        </message>
    </context>
    <context>
        <name>CurveEvaluation</name>
        <message>
            <location filename="../../gui/explorer/evaluation.py" line="191" />
            <source>points</source>
            <extracomment>the most estimated work the GUI thread does for one change; beyond it the worker computes A worker's curves are drawn one per turn of the event loop, each after the paint of the one before: a 0 ms single shot is a posted call in Qt 6, run in the same batch as those paints, so the loop turned only after all of them (two curves and their paints were 55 ms on end when a formula was added); 1 ms is a timer. a registry entry's f, f′ and f″ per point (its slowest, GELU in float64, takes about a third of this)</extracomment>
            <translation>点数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/evaluation.py" line="204" />
            <source>A curve</source>
            <translation>一条曲线</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/evaluation.py" line="205" />
            <source>{0} cannot be computed: {1} — keeping the last good curve</source>
            <translation>{0} 无法计算：{1} — 保留上一条有效曲线</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/evaluation.py" line="209" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
    </context>
    <context>
        <name>CurveList</name>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="186" />
            <source>Duplicate</source>
            <translation>复制曲线</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="187" />
            <source>Overlay a copy of the selected curve to compare parameter values</source>
            <translation>叠加所选曲线的副本，以比较不同的参数值</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="188" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="189" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="190" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="191" />
            <source>Put back the curves last removed or cleared (Ctrl+Z)</source>
            <translation>恢复最近移除或清空的曲线（Ctrl+Z）</translation>
        </message>
    </context>
    <context>
        <name>CurvePanel</name>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="32" />
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="41" />
            <source>Edit formula…</source>
            <translation>编辑公式…</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="42" />
            <source>Widen ranges ×2</source>
            <translation>范围扩大 ×2</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="43" />
            <source>Double every parameter's slider range around 0</source>
            <translation>将每个参数的滑块范围以零为中心扩大一倍</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="118" />
            <source>max |exact − {0}|</source>
            <translation>max |精确值 − {0}|</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="119" />
            <source>{0:.3g} at x = {1:.4g}</source>
            <translation>{0:.3g}，位于 x = {1:.4g}</translation>
        </message>
    </context>
    <context>
        <name>CurveRemoval</name>
        <message>
            <location filename="../../gui/explorer/removal.py" line="31" />
            <source>Undo removing curves (Activations tab)</source>
            <translation>撤销删除曲线（激活函数标签页）</translation>
        </message>
    </context>
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="218" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="218" />
            <location filename="../../gui/training/plots.py" line="219" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="219" />
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="222" />
            <source>train</source>
            <translation>训练集</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="223" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
    </context>
    <context>
        <name>DataBox</name>
        <message>
            <location filename="../../gui/training/data_box.py" line="51" />
            <source>Data</source>
            <extracomment>The data changed (the networks start again on the new points).</extracomment>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="61" />
            <location filename="../../gui/training/data_box.py" line="62" />
            <source> %</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="66" />
            <source>Regenerate</source>
            <translation>重新生成</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="67" />
            <source>new points of the same kind (the next seed)</source>
            <translation>生成同类的新数据点（下一个随机种子）</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="73" />
            <source>Clear my points</source>
            <translation>清除我的数据点</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="74" />
            <source>go back to the generated dataset</source>
            <translation>回到生成的数据集</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="75" />
            <source>Formula target…</source>
            <translation>公式目标…</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="76" />
            <source>type g(x) in the formula language: the points' targets become g at their x</source>
            <translation>用公式语言输入 g(x)：各点的目标值变为 g 在其 x 处的值</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="77" />
            <source>Load points…</source>
            <translation>载入数据点…</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="107" />
            <source>a CSV file of x1,x2,label rows (label 0 or 1)</source>
            <translation>每行为 x1,x2,label 的 CSV 文件（label 为 0 或 1）</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="79" />
            <source>dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="84" />
            <source>noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="85" />
            <source>training share</source>
            <translation>训练集比例</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="86" />
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="106" />
            <source>a CSV file of x,y rows: each x (from -6 to 6) and its target y</source>
            <translation>每行为 x,y 的 CSV 文件：每个 x（从 -6 到 6）及其目标值 y</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="114" />
            <source>Load points</source>
            <translation>载入数据点</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="114" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="123" />
            <source>{0} not loaded: {1}</source>
            <translation>{0} 未载入：{1}</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="221" />
            <source>Formula target {0} not used: {1}</source>
            <translation>公式目标 {0} 未采用：{1}</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="268" />
            <source>Target y = {0} (Clear my points goes back to the curve); a click adds a point.</source>
            <translation>目标 y = {0}（“清除我的数据点”回到原曲线）；点击添加一个点。</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="272" />
            <source>Click the fit: a click adds a training point (x, y) of your own target; Shift+click removes one.</source>
            <translation>点击拟合图：每次点击添加一个你自己目标的训练点（x, y）；Shift+点击删除一个点。</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="274" />
            <source>Your points: {0} (Shift+click removes one).</source>
            <translation>你的数据点：{0} 个（Shift+点击删除一个）。</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="276" />
            <source>Click the map: left button adds an orange point, right button a blue one; Shift+click removes one.</source>
            <translation>点击图中区域：左键添加一个橙色点，右键添加一个蓝色点；Shift+点击删除一个点。</translation>
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="279" />
            <source>Your points: {0} orange, {1} blue (Shift+click removes one).</source>
            <translation>你的数据点：橙色 {0} 个，蓝色 {1} 个（Shift+点击删除一个）。</translation>
        </message>
    </context>
    <context>
        <name>DecisionMap</name>
        <message>
            <location filename="../../gui/training/plots.py" line="140" />
            <source>Decision map</source>
            <extracomment>(x₁, x₂, button, modifiers) of a click inside the map.</extracomment>
            <translation>决策区域图</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="192" />
            <source>Test loss {0} · Training loss {1}</source>
            <extracomment>Playground's numbers beside the map, from the frame drawn (so every drawn frame during Play). (column, row) of the diagram's unit whose map is shown large instead of the output (Playground's hover).</extracomment>
            <translation>测试损失 {0} · 训练损失 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="196" />
            <source>Test loss {0} · Training loss {1}
Test accuracy {2} · Training accuracy {3}</source>
            <translation>测试损失 {0} · 训练损失 {1}
测试准确率 {2} · 训练准确率 {3}</translation>
        </message>
        <message>
            <source>Test loss {0} · Training loss {1} · Test accuracy {2} · Training accuracy {3}</source>
            <extracomment>Playground's numbers beside the map, from the frame drawn (so every drawn frame during Play). (column, row) of the diagram's unit whose map is shown large instead of the output (Playground's hover).</extracomment>
            <translation type="vanished">测试损失 {0} · 训练损失 {1} · 测试准确率 {2} · 训练准确率 {3}</translation>
        </message>
    </context>
    <context>
        <name>DepthControls</name>
        <message>
            <location filename="../../gui/depth/controls.py" line="63" />
            <source>Classic lessons</source>
            <extracomment>A control that changes the run changed (the tab reruns when "run again" is ticked). Run now: the Run button, or a lesson was chosen. "show the infinite-width theory" was switched. The layer whose histogram to show (1-based).</extracomment>
            <translation>经典案例</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="66" />
            <source>(your own network)</source>
            <translation>（你自己的网络）</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="77" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="91" />
            <source>zero</source>
            <translation>零</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="91" />
            <source>PyTorch default U(−1/√n, 1/√n)</source>
            <translation>PyTorch 默认 U(−1/√n, 1/√n)</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="94" />
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="96" />
            <source>initialiser</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="98" />
            <source>layers</source>
            <translation>层数</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="99" />
            <source>width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="100" />
            <source>batch</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="101" />
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="102" />
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="119" />
            <location filename="../../gui/depth/controls.py" line="122" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="123" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="129" />
            <source>run again when a control changes</source>
            <translation>控件改变时重新运行</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="131" />
            <source>show the infinite-width theory</source>
            <translation>显示无限宽度理论值</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="133" />
            <source>keep the previous run for comparison</source>
            <translation>保留上一次运行以作比较</translation>
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="136" />
            <source>histogram of layer</source>
            <translation>直方图所在层</translation>
        </message>
    </context>
    <context>
        <name>DepthPlots</name>
        <message>
            <location filename="../../gui/depth/plots.py" line="151" />
            <source>layer</source>
            <extracomment>The user dragged the layer line on the heat map to this layer (1-based).</extracomment>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="153" />
            <source>Activation std per layer</source>
            <translation>每层激活值的标准差</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="153" />
            <source>std of h</source>
            <translation>h 的标准差</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="156" />
            <source>Activation mean per layer</source>
            <translation>每层激活值的均值</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="156" />
            <source>mean of h</source>
            <translation>h 的均值</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="159" />
            <source>Gradient std per layer</source>
            <translation>每层梯度的标准差</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="159" />
            <source>std of the gradient</source>
            <translation>梯度的标准差</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="166" />
            <source>Distribution of activations per layer</source>
            <translation>逐层激活值分布</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="167" />
            <location filename="../../gui/depth/plots.py" line="174" />
            <source>activation value</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="172" />
            <source>Activations of layer 1</source>
            <translation>第 1 层的激活值</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="173" />
            <source>density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="199" />
            <source>log10 share of the layer's peak</source>
            <translation>log10（占该层峰值的比例）</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="229" />
            <source>Gradients below {0}, the smallest normal {1}, are shown exactly: the run rescales them by powers of two.</source>
            <translation>小于 {0}（{1} 的最小正规数）的梯度也能精确显示：运行时会按 2 的幂把它们放大。</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="232" />
            <source>A plain {0} network would give exact zeros in layers 1–{1}.</source>
            <translation>普通的 {0} 网络在第 1–{1} 层会得到精确的零。</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="236" />
            <source>Up to layer {0} its weight gradients would be subnormal (few significant bits).</source>
            <translation>直到第 {0} 层，其权重梯度都会是次正规数（有效位很少）。</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="291" />
            <source>theory (infinite width)</source>
            <translation>理论值（无限宽度）</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="294" />
            <source>gradient ∂loss/∂h</source>
            <translation>梯度 ∂loss/∂h</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="295" />
            <source>gradient ∂loss/∂W</source>
            <translation>梯度 ∂loss/∂W</translation>
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="307" />
            <source>Activations of layer {0}</source>
            <translation>第 {0} 层的激活值</translation>
        </message>
    </context>
    <context>
        <name>DepthTab</name>
        <message>
            <location filename="../../gui/depth/selftest.py" line="80" />
            <source>depth: a run finishes in the background and is plotted</source>
            <translation>深度：一次运行在后台完成并绘制</translation>
        </message>
        <message>
            <location filename="../../gui/depth/selftest.py" line="81" />
            <source>depth: cancel stops a run and keeps the last one</source>
            <translation>深度：取消会停止运行并保留上一次结果</translation>
        </message>
        <message>
            <location filename="../../gui/depth/selftest.py" line="82" />
            <source>depth: the sigmoid lesson shows the vanishing gradient</source>
            <translation>深度：sigmoid 课程显示梯度消失</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="145" />
            <source>previous run</source>
            <translation>上一次运行</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="156" />
            <source>{0}: {1} layers × {2}, batch {3}, {4} s: {5}</source>
            <translation>{0}：{1} 层 × {2}，批大小 {3}，{4} 秒：{5}</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="165" />
            <source>activations overflowed from layer {0} on</source>
            <translation>激活值从第 {0} 层起溢出</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="174" />
            <source>Running the network…</source>
            <translation>正在运行网络…</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="177" />
            <source>Not run: {0}</source>
            <translation>未运行：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="180" />
            <source>Cancelled; the last complete run stays on screen.</source>
            <translation>已取消；屏幕上保留上一次完整的运行。</translation>
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="193" />
            <source>Through depth</source>
            <translation>逐层深入</translation>
        </message>
    </context>
    <context>
        <name>DeviceBar</name>
        <message>
            <location filename="../../gui/common/device_bar.py" line="23" />
            <source>Computation</source>
            <translation>计算</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>auto (CUDA if available)</source>
            <translation>自动（有 CUDA 时用 CUDA）</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>CUDA</source>
            <translation>CUDA</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="31" />
            <source>CUDA (not available: falls back to CPU)</source>
            <translation>CUDA（不可用：改用 CPU）</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="33" />
            <source>Where every tab computes its plots</source>
            <translation>各标签页用来计算图的设备</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="38" />
            <source>Floating-point precision of the computation; try float16 with log |f′| to see precision run out</source>
            <translation>计算所用的浮点精度；试试 float16 配合 log |f′|，看精度如何耗尽</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="40" />
            <source> Device: </source>
            <translation> 设备：</translation>
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="42" />
            <source>  Precision: </source>
            <translation>  精度：</translation>
        </message>
    </context>
    <context>
        <name>EngineMessages</name>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="22" />
            <source>expected a number, got {0}</source>
            <extracomment>English templates of the engine's messages, ``{0}``… where the engine fills in a value.</extracomment>
            <translation>应为数字，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="23" />
            <source>expected a finite number, got {0}</source>
            <translation>应为有限的数字，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="24" />
            <source>not a finite number at x = {0}</source>
            <translation>在 x = {0} 处不是有限数</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="26" />
            <source>expected 2 values x,y, got {0} (x1,x2,label: classes, not targets; choose a classification dataset to load them)</source>
            <translation>应为 x,y 两个值，得到 {0} 个（x1,x2,label 是类别而不是目标值；请选择分类数据集来载入它们）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="30" />
            <source>expected 3 values x1,x2,label, got {0} (a curve's x,y points: choose a curve dataset to load them)</source>
            <translation>应为 x1,x2,label 三个值，得到 {0} 个（这是曲线的 x,y 数据点：请选择曲线数据集来载入它们）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="33" />
            <source>{0} is below the minimum {1}</source>
            <translation>{0} 小于最小值 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="34" />
            <source>{0} is above the maximum {1}</source>
            <translation>{0} 大于最大值 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="35" />
            <source>expected a whole number, got {0}</source>
            <translation>应为整数，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="36" />
            <source>expected a whole number from {0} to {1}, got {2}</source>
            <translation>应为 {0} 到 {1} 之间的整数，得到的是 {2}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="37" />
            <source>expected a whole number of pixels, got {0}</source>
            <translation>像素数应为整数，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="38" />
            <source>expected true or false, got {0}</source>
            <translation>应为 true 或 false，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="39" />
            <source>expected one of {0}, got {1}</source>
            <translation>应为 {0} 之一，得到的是 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="40" />
            <source>expected numbers separated by commas</source>
            <translation>应为用逗号分隔的数字</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="41" />
            <source>an empty value between commas in {0}</source>
            <translation>{0} 中两个逗号之间是空的</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="42" />
            <source>expected a percentage from {0} to {1}, got {2}</source>
            <translation>应为 {0} 到 {1} 之间的百分比，得到的是 {2}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="43" />
            <source>must be between {0} and {1} pixels, got {2}</source>
            <translation>必须在 {0} 到 {1} 像素之间，得到的是 {2}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="44" />
            <source>must be between 2 and {0}, got {1}</source>
            <translation>必须在 2 到 {0} 之间，得到的是 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="45" />
            <source>must be above 0, got {0}</source>
            <translation>必须大于 0，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="46" />
            <source>unknown parameter (known: {0})</source>
            <translation>未知参数（已知参数：{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="47" />
            <source>type at least one number</source>
            <translation>请至少输入一个数字</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="48" />
            <source>needs 1 to {0} values, got {1}</source>
            <translation>需要 1 到 {0} 个值，得到 {1} 个</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="49" />
            <source>x_min ({0}) must be below x_max ({1})</source>
            <translation>x_min（{0}）必须小于 x_max（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="50" />
            <source>the lower end ({0}) must be below the upper end ({1})</source>
            <translation>下端（{0}）必须小于上端（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="51" />
            <source>min_val ({0}) must be below max_val ({1})</source>
            <translation>min_val（{0}）必须小于 max_val（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="52" />
            <source>lower ({0}) must not exceed upper ({1})</source>
            <translation>lower（{0}）不能超过 upper（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="53" />
            <source>mean ({0}) is more than 2 std from [a, b] = [{1}, {2}]</source>
            <translation>mean（{0}）距 [a, b] = [{1}, {2}] 超过 2 个标准差</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="54" />
            <source>the out channels ({0}) must be divisible by groups ({1})</source>
            <translation>输出通道数（{0}）必须能被 groups（{1}）整除</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="55" />
            <source>{0} is {1} values; the most is {2}</source>
            <translation>{0} 共 {1} 个值；最多 {2} 个</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="56" />
            <source>sizes must be whole numbers of 1 or more, got {0}</source>
            <translation>尺寸必须是不小于 1 的整数，得到的是 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="57" />
            <source>f is not finite anywhere on [{0}, {1}]</source>
            <translation>f 在 [{0}, {1}] 上处处不是有限值</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="58" />
            <source>contains a non-finite value</source>
            <translation>包含非有限值</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="59" />
            <source>bfloat16 is not supported on this GPU</source>
            <translation>此 GPU 不支持 bfloat16</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="60" />
            <source>at most {0} hidden layers, got {1}</source>
            <translation>最多 {0} 个隐藏层，得到 {1} 个</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="61" />
            <source>layer {0} has units 1 to {1}, got {2} and {3}</source>
            <translation>第 {0} 层的神经元编号为 1 到 {1}，得到的是 {2} 和 {3}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="62" />
            <source>choose at least one input feature</source>
            <translation>请至少选择一个输入特征</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="63" />
            <source>a feature is listed twice</source>
            <translation>某个特征被列出了两次</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="64" />
            <source>no run has finished yet</source>
            <translation>还没有完成任何一次运行</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="65" />
            <source>no network has been trained yet</source>
            <translation>还没有训练过网络</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="66" />
            <source>{0}; press Reset to start again</source>
            <translation>{0}；按“重置”重新开始</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="67" />
            <source>{0} feeds a keyword that accepts only {1} to {2}</source>
            <translation>{0} 所对应的参数只接受 {1} 到 {2}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="68" />
            <source>a log axis cannot show {0}</source>
            <translation>对数坐标轴无法显示 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="69" />
            <source>the training diverged at epoch {0}: the loss became {1} (learning rate {2}); try a smaller one</source>
            <translation>训练在第 {0} 轮发散：损失变为 {1}（学习率 {2}）；请试用更小的学习率</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="73" />
            <source>this formula would take about {0} s to compute at {1} points (the most is {2} s): use at most {3} points, or a shorter formula</source>
            <translation>这个公式在 {1} 个点上大约需要 {0} 秒来计算（最多 {2} 秒）：请最多使用 {3} 个点，或者写一个更短的公式</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="77" />
            <source>this formula needs about {0} at {1} points (the most is {2}): use at most {3} points, or a shorter formula</source>
            <translation>这个公式在 {1} 个点上大约需要 {0} 内存（最多 {2}）：请最多使用 {3} 个点，或者写一个更短的公式</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="81" />
            <source>a {0} x {1} image needs about {2} to render; the most is {3} (about {4} x {5} pixels): use a smaller --width/--height</source>
            <translation>{0} x {1} 的图像绘制大约需要 {2} 内存；最多 {3}（约 {4} x {5} 像素）：请使用更小的 --width/--height</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="90" />
            <source>learning rate</source>
            <extracomment>The engine's field names as the panels label them: a refusal reads "learning rate: …", not "lr: …".</extracomment>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="91" />
            <source>batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="92" />
            <source>regularisation rate</source>
            <translation>正则化系数</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="93" />
            <source>regularisation</source>
            <translation>正则化</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="94" />
            <source>optimiser</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="95" />
            <source>initialiser</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="96" />
            <source>hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="97" />
            <source>training share</source>
            <translation>训练集比例</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="98" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="99" />
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="100" />
            <source>dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="101" />
            <source>noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="102" />
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="103" />
            <source>features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <location filename="../../gui/common/engine_messages.py" line="104" />
            <source>initial bias</source>
            <translation>初始偏置</translation>
        </message>
    </context>
    <context>
        <name>ExplorerKeys</name>
        <message>
            <location filename="../../gui/explorer/keys.py" line="50" />
            <source>Play / pause the sweep ▶ of the first parameter</source>
            <translation>播放 / 暂停第一个参数的扫动 ▶</translation>
        </message>
    </context>
    <context>
        <name>ExplorerPreview</name>
        <message>
            <location filename="../../gui/explorer/preview.py" line="48" />
            <source>Loading PyTorch… These curves were computed earlier by the engine; the controls follow.</source>
            <translation>正在加载 PyTorch…以下曲线是先前用 PyTorch 计算的结果，控件随后出现。</translation>
        </message>
    </context>
    <context>
        <name>ExplorerTab</name>
        <message>
            <location filename="../../gui/explorer/preview.py" line="39" />
            <location filename="../../gui/explorer/tab.py" line="136" />
            <source>Activations</source>
            <extracomment>The explorer's columns (gui/explorer/tab.py: catalogue, plots, parameters), so the plots stay where they will be.</extracomment>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="195" />
            <source>points must be between 2 and {0}: kept {1}</source>
            <translation>点数必须在 2 到 {0} 之间：保留 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="196" />
            <source>points</source>
            <translation>点数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="260" />
            <source>{0}: {1} — keeping the last good curve</source>
            <translation>{0}：{1} — 保留上一条有效曲线</translation>
        </message>
        <message>
            <source>{0} cannot be computed: {1} — keeping the last good curve</source>
            <translation type="vanished">{0} 无法计算：{1} — 保留上一条有效曲线</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="314" />
            <source>{0}: marks left off — {1}</source>
            <translation>{0}：未画标记 — {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="315" />
            <source>autograd: f′({x}) = {value}</source>
            <translation>autograd：f′({x}) = {value}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="372" />
            <source>Tick {0} in the list to plot it; then its parameters appear here.</source>
            <translation>在列表中勾选 {0} 即可绘制；之后它的参数会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="386" />
            <source>No curve selected.</source>
            <translation>未选择曲线。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="391" />
            <source>{0}, curve {1}</source>
            <translation>{0}，曲线 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="48" />
            <source>New formula…</source>
            <translation>新建公式…</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="49" />
            <source>Type your own activation as a formula in x (Ctrl+Shift+F)</source>
            <translation>以 x 的公式输入你自己的激活函数（Ctrl+Shift+F）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="46" />
            <source>Plotted curves</source>
            <translation>已绘制的曲线</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="21" />
            <source>No curve plotted: check an activation in the list.</source>
            <translation>没有绘制曲线：请在列表中勾选一个激活函数。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="23" />
            <source>{0} curve(s) × {1} points computed on {2} in {3}</source>
            <translation>{0} 条曲线 × {1} 个点，在 {2} 上以 {3} 计算</translation>
        </message>
        <message>
            <source>{0}: exact − {1} approximation</source>
            <translation type="vanished">{0}：精确值 − {1} 近似值</translation>
        </message>
        <message>
            <source>difference</source>
            <translation type="vanished">差值</translation>
        </message>
        <message>
            <source>Δf (exact − {0})</source>
            <translation type="vanished">Δf（精确值 − {0}）</translation>
        </message>
        <message>
            <source>Δf′ (exact − {0})</source>
            <translation type="vanished">Δf′（精确值 − {0}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="37" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="31" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/export/dialog.py" line="91" />
            <location filename="../../gui/export/dialog.py" line="237" />
            <source>Export figure</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="98" />
            <source>Scale</source>
            <translation>缩放</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="99" />
            <source>Pixels</source>
            <translation>像素</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="100" />
            <source>Slide 16:9</source>
            <translation>幻灯片 16:9</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="107" />
            <source>{0} × {1}</source>
            <translation>{0} × {1}</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="111" />
            <source>{0}×</source>
            <translation>{0}×</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="139" />
            <source>Include the formula under the title</source>
            <translation>在标题下方加上公式</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="144" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="145" />
            <source>Size:</source>
            <translation>尺寸：</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="149" />
            <source>Style:</source>
            <translation>样式：</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="152" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="181" />
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="219" />
            <source>The data of every curve, one column per series.</source>
            <translation>每条曲线的数据，每个数据系列一列。</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="228" />
            <source>{0} × {1} pixels</source>
            <translation>{0} × {1} 像素</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="230" />
            <source>{0} × {1} (vector; 96 units per inch)</source>
            <translation>{0} × {1}（矢量；每英寸 96 单位）</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="253" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="253" />
            <source>The figure was not exported.

{0}</source>
            <translation>图像未导出。

{0}</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="51" />
            <source>PNG image</source>
            <translation>PNG 图像</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="52" />
            <source>SVG vector drawing</source>
            <translation>SVG 矢量图</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="53" />
            <source>PDF document (vector)</source>
            <translation>PDF 文档（矢量）</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="54" />
            <source>CSV data (every curve)</source>
            <translation>CSV 数据（所有曲线）</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="61" />
            <source>Screen (as shown)</source>
            <translation>屏幕（与显示一致）</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="62" />
            <source>Print (white background, thick lines, large text)</source>
            <translation>印刷样式（白色背景、粗线条、大字）</translation>
        </message>
    </context>
    <context>
        <name>ExtrasPanel</name>
        <message>
            <location filename="../../gui/explorer/extras.py" line="48" />
            <source>Resample slopes</source>
            <translation>重新抽取斜率</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="53" />
            <source>Show exact − {0} approximation</source>
            <translation>显示精确值 − {0} 近似值</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="67" />
            <source>Training mode: every x draws its own slope from U({0}, {1}); the shaded band holds every possible draw.</source>
            <translation>训练模式：每个 x 从 U({0}, {1}) 中抽取自己的斜率；阴影带包含所有可能的抽取结果。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="70" />
            <source>Eval mode: one fixed slope ({0} + {1}) / 2 = {2}.</source>
            <translation>评估模式：一个固定斜率 ({0} + {1}) / 2 = {2}。</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../gui/actions.py" line="37" />
            <source>&amp;Export…</source>
            <extracomment>``QDialog.DialogCode.Accepted`` (QDialog's class, with its enums, is made when a dialog opens: not before the first paint).</extracomment>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="38" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="40" />
            <source>Export the current plots as PNG, SVG, PDF or CSV (Ctrl+E)</source>
            <translation>将当前的图导出为 PNG、SVG、PDF 或 CSV（Ctrl+E）</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="42" />
            <source>&amp;Copy as image</source>
            <translation>复制为图像(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="45" />
            <source>Export &amp;animation…</source>
            <translation>导出动画(&amp;A)…</translation>
        </message>
        <message>
            <source>Sweep a parameter of the current plots into a GIF, WebP or APNG</source>
            <translation type="vanished">把当前图中的一个参数扫动，导出为 GIF、WebP 或 APNG</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="47" />
            <source>Sweep a parameter of the current plots, or a training run, into a GIF, WebP or APNG</source>
            <translation>把当前图中的一个参数扫动，或把一次训练过程，导出为 GIF、WebP 或 APNG</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="50" />
            <source>Export &amp;gallery…</source>
            <translation>导出图库(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="52" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="64" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="81" />
            <source>PyTorch is still loading: the plots can be exported in a moment.</source>
            <translation>PyTorch 仍在加载：稍候即可导出图表。</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="82" />
            <source>Nothing to export yet</source>
            <translation>暂时没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="85" />
            <location filename="../../gui/actions.py" line="90" />
            <source>Nothing to export</source>
            <translation>没有可导出的内容</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="85" />
            <source>There is no plot to export yet.</source>
            <translation>还没有可导出的图。</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="90" />
            <source>This view cannot be exported.

{0}</source>
            <translation>此视图无法导出。

{0}</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="105" />
            <location filename="../../gui/actions.py" line="135" />
            <source>Exported {0}</source>
            <translation>已导出 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="118" />
            <source>Copy failed</source>
            <translation>复制失败</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="121" />
            <source>Copied the plots as a {0} × {1} image</source>
            <translation>已将图复制为 {0} × {1} 的图像</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="129" />
            <source>Nothing to animate</source>
            <translation>没有可做成动画的内容</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="130" />
            <source>This tab has no slider to sweep; the command line's export --sweep animates every tab.</source>
            <translation>此标签页没有可以扫动的滑块；命令行的 export --sweep 可以为每个标签页生成动画。</translation>
        </message>
        <message>
            <source>This tab has no slider to sweep here yet; the command line's export --sweep animates every tab.</source>
            <translation type="vanished">此标签页还没有可以在这里扫动的滑块；命令行的 export --sweep 可以为每个标签页生成动画。</translation>
        </message>
        <message>
            <location filename="../../gui/actions.py" line="142" />
            <source>Gallery written: {0}</source>
            <translation>图库已写入：{0}</translation>
        </message>
    </context>
    <context>
        <name>FitView</name>
        <message>
            <location filename="../../gui/training/fit_view.py" line="39" />
            <source>Fit</source>
            <translation>拟合</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="45" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="46" />
            <source>train</source>
            <translation>训练集</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="47" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="50" />
            <source>fit</source>
            <translation>拟合</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="51" />
            <source>kinks</source>
            <translation>折点</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="65" />
            <source>show each unit's contribution</source>
            <translation>显示每个神经元的贡献</translation>
        </message>
        <message>
            <location filename="../../gui/training/fit_view.py" line="67" />
            <source>thin curves: each last-layer unit's output times its weight; with the output bias they add up to the fit</source>
            <translation>细曲线：最后一层每个神经元的输出乘以它的权重；加上输出偏置，它们的和就是拟合曲线</translation>
        </message>
    </context>
    <context>
        <name>FormulaCurves</name>
        <message>
            <location filename="../../gui/explorer/formula_curves.py" line="34" />
            <source>New formula…</source>
            <translation>新建公式…</translation>
        </message>
    </context>
    <context>
        <name>FormulaDialog</name>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="67" />
            <source>Edit formula</source>
            <translation>编辑公式</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="67" />
            <source>New formula</source>
            <translation>新建公式</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="73" />
            <source>Start from a preset…</source>
            <translation>从预设开始…</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="77" />
            <source>e.g. x*sigmoid(beta*x)</source>
            <translation>例如 x*sigmoid(beta*x)</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="94" />
            <source>Use x, numbers, + − * / **, pi, e, functions such as exp, log, tanh, sigmoid, softplus, relu, min, max, clamp, where(condition, a, b), and any activation of the list by its id, e.g. gelu(x, approximate='tanh'). Any other name is a parameter with a slider (default 1).</source>
            <translation>可以使用 x、数字、+ − * / **、pi、e，函数如 exp、log、tanh、sigmoid、softplus、relu、min、max、clamp、where(condition, a, b)，以及列表中任何激活函数的 id，例如 gelu(x, approximate='tanh')。其他名称都是参数，各带一个滑块（默认值 1）。</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="111" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="111" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="117" />
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="118" />
            <source>f(x) =</source>
            <translation>f(x) =</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="152" />
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="176" />
            <source>Type a formula in x.</source>
            <translation>请输入一个关于 x 的公式。</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="200" />
            <source>Parameters (a slider each): {0}</source>
            <translation>参数（各带一个滑块）：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="202" />
            <source>No parameters.</source>
            <translation>没有参数。</translation>
        </message>
    </context>
    <context>
        <name>FormulaNotes</name>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="54" />
            <source>0 is outside the view</source>
            <translation>0 不在视图范围内</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="37" />
            <source>on [{0}, {1}]</source>
            <translation>在 [{0}, {1}] 上</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="48" />
            <source>yes, increasing</source>
            <translation>是，递增</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="49" />
            <source>yes, decreasing</source>
            <translation>是，递减</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="50" />
            <source>constant</source>
            <translation>常数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="51" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>yes: f(0) = 0</source>
            <translation type="vanished">是：f(0) = 0</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="60" />
            <source>Range of f</source>
            <translation>f 的值域</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="61" />
            <source>max |f′|</source>
            <translation>max |f′|</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="62" />
            <source>Zero-centred</source>
            <translation>以零为中心</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="63" />
            <source>Monotonic</source>
            <translation>单调</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="77" />
            <source>Kinks</source>
            <translation>折点</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="90" />
            <source>Your formula</source>
            <translation>你的公式</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="92" />
            <source>Derivatives</source>
            <translation>导数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="40" />
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="66" />
            <source>|f′| &lt; ε</source>
            <translation>|f′| &lt; ε</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="76" />
            <source>none on the view</source>
            <translation>视图中没有</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="92" />
            <source>f′ and f″ by autograd</source>
            <translation>f′ 和 f″ 由 autograd 求得</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="94" />
            <source>Every row is computed over the plotted range; pan or zoom to see more.</source>
            <translation>每一行都在绘制范围内计算；平移或缩放可查看更多。</translation>
        </message>
        <message>
            <source>no: f(0) = {0}</source>
            <translation type="vanished">否：f(0) = {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="60" />
            <source>[{0}, {1}] {2}</source>
            <translation>[{0}, {1}] {2}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="63" />
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="46" />
            <source>Notes</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="46" />
            <source>cannot be computed: {0}</source>
            <translation>无法计算：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="70" />
            <source>not marked: f switches branch {0} times on [{1}, {2}], more than {3} can be marked</source>
            <translation>未标出：f 在 [{1}, {2}] 上切换分支 {0} 次，超过可标出的 {3} 个</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="42" />
            <source>computed once the curve is</source>
            <translation>曲线算好后再计算</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="74" />
            <source>… ({0} in all)</source>
            <translation>…（共 {0} 个）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="56" />
            <source>{0}; f(0) = {1}</source>
            <translation>{0}；f(0) = {1}</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <location filename="../../gui/export/dialog.py" line="276" />
            <location filename="../../gui/export/dialog.py" line="336" />
            <source>Export gallery</source>
            <translation>导出图库</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="285" />
            <source>All</source>
            <translation>全选</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="286" />
            <source>None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="303" />
            <source>Format:</source>
            <translation>格式：</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="304" />
            <source>Style:</source>
            <translation>样式：</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="306" />
            <source>Choose folder and export…</source>
            <translation>选择文件夹并导出…</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="310" />
            <source>One figure per activation (f and f′) and an index page with the formulas.</source>
            <translation>每个激活函数一张图（f 和 f′），另加一个带公式的索引页。</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="331" />
            <source>Folder for the gallery</source>
            <translation>图库所在的文件夹</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="336" />
            <source>Tick at least one activation.</source>
            <translation>请至少勾选一个激活函数。</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="341" />
            <source>Drawing the gallery…</source>
            <translation>正在绘制图库…</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="341" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="351" />
            <source>Drawing {0} ({1} of {2})…</source>
            <translation>正在绘制 {0}（第 {1} 个，共 {2} 个）…</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="361" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="361" />
            <source>The gallery was not completed.

{0}</source>
            <translation>图库没有完成。

{0}</translation>
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="287" />
            <location filename="../../gui/training/plots.py" line="341" />
            <source>Gradient norm per layer</source>
            <translation>每层的梯度范数</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="287" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="301" />
            <source>0: no gradient</source>
            <translation>0：没有梯度</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="317" />
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="317" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="338" />
            <source>layer {0}: {1:.0%}</source>
            <translation>第 {0} 层：{1:.0%}</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="339" />
            <source>Gradient norm per layer — dead units {0}</source>
            <translation>每层的梯度范数 — 死亡神经元 {0}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../gui/guide.py" line="59" />
            <source>User guide</source>
            <translation>用户指南</translation>
        </message>
    </context>
    <context>
        <name>HelpActions</name>
        <message>
            <location filename="../../gui/help_actions.py" line="19" />
            <source>&amp;User guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../gui/help_actions.py" line="22" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/help_actions.py" line="24" />
            <source>&amp;About Activation Lab</source>
            <translation>关于 Activation Lab(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>HiddenSpaceView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="362" />
            <source>Hidden space</source>
            <translation>隐藏层空间</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="381" />
            <source>no hidden layer: add one to see its space</source>
            <translation>没有隐藏层：添加一层即可查看它的空间</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="394" />
            <location filename="../../gui/training/plots.py" line="395" />
            <source>layer {0}, unit {1}</source>
            <translation>第 {0} 层，神经元 {1}</translation>
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="396" />
            <source>Hidden space: the data as layer {0} sees it</source>
            <translation>隐藏层空间：第 {0} 层所“看到”的数据</translation>
        </message>
    </context>
    <context>
        <name>HistogramView</name>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="48" />
            <source>weight value</source>
            <translation>权重值</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="48" />
            <source>density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>std</source>
            <translation>标准差</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>min</source>
            <translation>最小值</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>max</source>
            <translation>最大值</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>share of exact zeros</source>
            <translation>精确为零的比例</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>values</source>
            <translation>值的个数</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="131" />
            <location filename="../../gui/initialization/histogram_view.py" line="197" />
            <source>{0}: sample</source>
            <translation>{0}：样本</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="138" />
            <location filename="../../gui/initialization/histogram_view.py" line="197" />
            <source>{0}: theory</source>
            <translation>{0}：理论</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="140" />
            <source>{0}: point mass</source>
            <translation>{0}：点质量</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="186" />
            <source>P(w = {0}) = {1} (sample {2})</source>
            <translation>P(w = {0}) = {1}（样本 {2}）</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="226" />
            <source>, gain = {0} ({1})</source>
            <translation>，增益 = {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="228" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: fan_in = {1}, fan_out = {2}{3}. {4}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：fan_in（扇入）= {1}，fan_out（扇出）= {2}{3}。{4}</translation>
        </message>
    </context>
    <context>
        <name>InitControls</name>
        <message>
            <location filename="../../gui/initialization/controls.py" line="83" />
            <source>Initialiser</source>
            <extracomment>The initialiser, its parameters, the shape, the seed, the bins or compare changed. The density axis was switched to (True) or from a logarithmic scale.</extracomment>
            <translation>初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="100" />
            <source>Weight shape</source>
            <translation>权重形状</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="103" />
            <source>Linear: (out, in)</source>
            <translation>Linear：(out, in)</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="104" />
            <source>Conv2d: (out, in, kh, kw)</source>
            <translation>Conv2d：(out, in, kh, kw)</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="112" />
            <source>kernel height</source>
            <translation>卷积核高度</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="112" />
            <source>kernel width</source>
            <translation>卷积核宽度</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="114" />
            <source>layer</source>
            <translation>层类型</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="124" />
            <source>Sampling</source>
            <translation>采样</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="128" />
            <source>logarithmic density axis</source>
            <translation>对数密度坐标轴</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="129" />
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="130" />
            <source>bins</source>
            <translation>分箱数</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="138" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="140" />
            <source>overlay a second initialiser</source>
            <translation>叠加第二个初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="236" />
            <source>out_channels</source>
            <translation>out_channels</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="236" />
            <source>out_features</source>
            <translation>out_features</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="237" />
            <source>in_channels</source>
            <translation>in_channels</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="237" />
            <source>in_features</source>
            <translation>in_features</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="241" />
            <source>{0} values</source>
            <translation>{0} 个值</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="243" />
            <source>(the most is {0})</source>
            <translation>（最多 {0}）</translation>
        </message>
    </context>
    <context>
        <name>InitTab</name>
        <message>
            <location filename="../../gui/initialization/selftest.py" line="71" />
            <source>initialisation: every initialiser draws its histogram</source>
            <translation>初始化：每种初始化方法都绘出其直方图</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/selftest.py" line="74" />
            <source>initialisation: compare mode overlays two initialisers</source>
            <translation>初始化：比较模式叠加两个初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="129" />
            <source>Drew {0} weights, seed {1}: {2}</source>
            <translation>抽取了 {0} 个权重，随机种子 {1}：{2}</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="134" />
            <source>Sampling…</source>
            <translation>正在采样…</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="137" />
            <source>Not drawn: {0}</source>
            <translation>未绘制：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="140" />
            <source>Cancelled; the last histogram stays on screen.</source>
            <translation>已取消；屏幕上保留上一个直方图。</translation>
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="145" />
            <source>Initialisation</source>
            <translation>初始化</translation>
        </message>
    </context>
    <context>
        <name>LabTab</name>
        <message>
            <location filename="../../gui/common/tabs.py" line="75" />
            <source>computed on {0} in {1}</source>
            <extracomment>Emitted with a one-line message for the status bar (device, dtype, errors). The tab's key in session files ("explorer", "training", ...); set by every tab of the main window.</extracomment>
            <translation>在 {0} 上以 {1} 计算</translation>
        </message>
        <message>
            <location filename="../../gui/common/tabs.py" line="83" />
            <source>{0} is not offered here (this tab computes in {1}); it stays in {2}</source>
            <translation>此处不提供 {0}（本标签页在 {1} 中计算）；它保持在 {2}</translation>
        </message>
        <message>
            <location filename="../../gui/common/tabs.py" line="84" />
            <source> or </source>
            <translation> 或 </translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../gui/common/language.py" line="56" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/common/language.py" line="83" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../gui/common/language.py" line="84" />
            <source>The new language is used from the next start. Restart Activation Lab now?</source>
            <translation>新的语言将在下次启动时生效。现在重新启动 Activation Lab 吗？</translation>
        </message>
        <message>
            <location filename="../../gui/common/language.py" line="88" />
            <source>Restart now</source>
            <translation>立即重启</translation>
        </message>
        <message>
            <location filename="../../gui/common/language.py" line="89" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../gui/common/language.py" line="63" />
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>LayersEditor</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="68" />
            <source>one hidden layer less</source>
            <translation>减少一个隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="69" />
            <source>one hidden layer more</source>
            <translation>增加一个隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="70" />
            <source>hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="77" />
            <source>layer {0} units</source>
            <translation>第 {0} 层神经元数</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="78" />
            <source>one unit less in layer {0}</source>
            <translation>第 {0} 层减少一个神经元</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="80" />
            <source>one unit more in layer {0}</source>
            <translation>第 {0} 层增加一个神经元</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="84" />
            <source>same</source>
            <translation>相同</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="87" />
            <source>layer {0}'s activation: the one chosen below, or its own</source>
            <translation>第 {0} 层的激活函数：沿用下方所选的，或单独指定</translation>
        </message>
    </context>
    <context>
        <name>LessonActions</name>
        <message>
            <location filename="../../gui/lessons/menu.py" line="80" />
            <source>&amp;{0}  {1}</source>
            <extracomment>A lesson was opened (its number; a teacher's own lesson keeps the number its file gives).</extracomment>
            <translation>&amp;{0}  {1}</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="85" />
            <source>&amp;Next lesson</source>
            <translation>下一课(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="88" />
            <source>&amp;Previous lesson</source>
            <translation>上一课(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="91" />
            <source>Do the lesson's next step</source>
            <translation>执行课程的下一步</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="94" />
            <source>&amp;Open lesson file…</source>
            <translation>打开课程文件(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="95" />
            <source>Open a lesson you wrote yourself (a session file with a lesson block)</source>
            <translation>打开你自己编写的课程（带有课程块的会话文件）</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="98" />
            <source>Show the lesson &amp;panel</source>
            <translation>显示课程面板(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="106" />
            <source>&amp;Start page…</source>
            <translation>开始页(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="142" />
            <source>Open lesson {0}?</source>
            <translation>打开第 {0} 课？</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="143" />
            <source>The lesson replaces the network trained to epoch {0} in the Training tab. Open it anyway?</source>
            <translation>这节课会替换“训练”标签页中已训练到第 {0} 轮的网络。仍要打开吗？</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="155" />
            <source>Lesson {0}: {1} — Activation Lab</source>
            <translation>第 {0} 课：{1} — Activation Lab</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="225" />
            <source>This is the last lesson.</source>
            <translation>这已是最后一课。</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="225" />
            <source>This is the first lesson.</source>
            <translation>这已是第一课。</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="235" />
            <source>This lesson has no more steps.</source>
            <translation>本课程没有更多步骤了。</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="250" />
            <source>Step {0} of {1}: {2}</source>
            <translation>第 {0} 步（共 {1} 步）：{2}</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="271" />
            <source>Open lesson file</source>
            <translation>打开课程文件</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="271" />
            <source>Activation Lab lessons (*{0})</source>
            <translation>Activation Lab 课程 (*{0})</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="325" />
            <source>the lesson</source>
            <translation>该课程</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="327" />
            <source>{0} was not opened; nothing was changed.

{1}: {2}</source>
            <translation>{0} 未能打开，没有做任何更改。

{1}：{2}</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="329" />
            <source>{0} was not opened; nothing was changed.

{1}</source>
            <translation>{0} 未能打开，没有做任何更改。

{1}</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/menu.py" line="333" />
            <source>Lesson not opened</source>
            <translation>课程未打开</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <location filename="../../gui/lessons/panel.py" line="27" />
            <source>Lesson</source>
            <translation>课程</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="51" />
            <source>Do the lesson's next step on screen (N)</source>
            <translation>在屏幕上执行课程的下一步（N）</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="63" />
            <source>&lt;b&gt;Ask the class&lt;/b&gt;</source>
            <translation>&lt;b&gt;向全班提问&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="86" />
            <source>◀ Previous</source>
            <translation>◀ 上一课</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="87" />
            <source>Previous lesson (Page Up)</source>
            <translation>上一课（Page Up）</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="90" />
            <source>Next ▶</source>
            <translation>下一课 ▶</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="91" />
            <source>Next lesson (Page Down)</source>
            <translation>下一课（Page Down）</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="124" />
            <source>Lesson {0} of {1}</source>
            <translation>第 {0} 课，共 {1} 课</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="133" />
            <source>&lt;b&gt;Next step&lt;/b&gt;: {0}</source>
            <translation>&lt;b&gt;下一步&lt;/b&gt;：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/panel.py" line="134" />
            <source>Do step {0} of {1} (N)</source>
            <translation>执行第 {0}/{1} 步（N）</translation>
        </message>
    </context>
    <context>
        <name>LessonView</name>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="70" />
            <source>Linear ({0})</source>
            <translation>线性（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="73" />
            <source>test accuracy {1:.0%} · {0}</source>
            <translation>测试准确率 {1:.0%} · {0}</translation>
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="74" />
            <source>{1:.0%} · {0}</source>
            <comment>a narrow map's title: its test accuracy, then its model</comment>
            <translation>{1:.0%} · {0}</translation>
        </message>
        <message>
            <source>{0}: test accuracy {1:.0%}</source>
            <translation type="vanished">{0}：测试准确率 {1:.0%}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <location filename="../lessons/01-why-non-linearity.alab" line="21" />
            <source>Why a network needs a non-linearity</source>
            <translation>为什么网络需要非线性</translation>
        </message>
        <message>
            <location filename="../lessons/01-why-non-linearity.alab" line="22" />
            <source>&lt;p&gt;Two networks learn the same points: one class inside a circle, the other around it. On the left the hidden layers have &lt;b&gt;no activation&lt;/b&gt; (the identity); on the right they use &lt;b&gt;tanh&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt; and watch the two decision maps.&lt;/li&gt;&lt;li&gt;Without an activation every layer is a linear map, and linear maps in a row are still one linear map: the boundary stays a straight line, which cannot enclose the circle, however long it trains.&lt;/li&gt;&lt;li&gt;With tanh the boundary bends and closes around the circle: within 100 epochs every test point is right.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;两个网络学习同样的点：一类在圆内，另一类在圆的周围。左边网络的隐藏层&lt;b&gt;没有激活函数&lt;/b&gt;（恒等映射）；右边的隐藏层使用 &lt;b&gt;tanh&lt;/b&gt;。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;按下&lt;b&gt;播放&lt;/b&gt;，观察两张决策区域图。&lt;/li&gt;&lt;li&gt;没有激活函数时，每一层都是线性映射，而多个线性映射接连作用仍然只是一个线性映射：决策边界始终是一条直线，无论训练多久，都无法把圆围起来。&lt;/li&gt;&lt;li&gt;使用 tanh 后，决策边界会弯曲并闭合在圆的周围：不到 100 轮，所有测试点都被分对。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/01-why-non-linearity.alab" line="23" />
            <source>If we stacked ten more layers without an activation on the left, could it ever separate the circle? Why not?</source>
            <translation>如果在左边的网络中再叠加十层没有激活函数的层，它能把圆分开吗？为什么不能？</translation>
        </message>
        <message>
            <location filename="../lessons/02-sigmoid-and-its-derivative.alab" line="25" />
            <source>Sigmoid and its derivative</source>
            <translation>Sigmoid 及其导数</translation>
        </message>
        <message>
            <location filename="../lessons/02-sigmoid-and-its-derivative.alab" line="26" />
            <source>&lt;p&gt;The sigmoid σ squeezes every input into (0,&amp;nbsp;1); its derivative is σ′ = σ(1 − σ).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Find the top of σ′: it is &lt;b&gt;0.25&lt;/b&gt;, at x = 0. No input gives a larger gradient.&lt;/li&gt;&lt;li&gt;At x = 5 σ′ is already below 0.01: the curve is flat there (saturated, shaded) and the gradient almost vanishes.&lt;/li&gt;&lt;li&gt;Even unsaturated, each sigmoid layer multiplies the gradient by at most 0.25: stacked layers shrink it layer after layer.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;sigmoid 函数 σ 把任何输入都压缩到 (0,&amp;nbsp;1) 之间；它的导数是 σ′ = σ(1 − σ)。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;找到 σ′ 的最高点：它在 x = 0 处，值为 &lt;b&gt;0.25&lt;/b&gt;。没有哪个输入能给出更大的梯度。&lt;/li&gt;&lt;li&gt;在 x = 5 处 σ′ 已经小于 0.01：那里的曲线是平的（饱和区，带阴影），梯度几乎消失。&lt;/li&gt;&lt;li&gt;即使不饱和，每个 sigmoid 层也最多把梯度乘以 0.25：层层叠加，梯度逐层缩小。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/02-sigmoid-and-its-derivative.alab" line="27" />
            <source>A gradient passes back through 10 sigmoid units, each at its best. At most what fraction of it arrives?</source>
            <translation>一个梯度反向传播，经过 10 个 sigmoid 神经元，而且每个神经元都处在导数最大的位置（x = 0）。最后最多还能剩下原来的多少？</translation>
        </message>
        <message>
            <location filename="../lessons/03-vanishing-gradients.alab" line="22" />
            <source>Vanishing gradients through depth</source>
            <translation>梯度随深度消失</translation>
        </message>
        <message>
            <location filename="../lessons/03-vanishing-gradients.alab" line="23" />
            <source>&lt;p&gt;20 sigmoid layers with PyTorch's default initialisation, before any training. The plots show, layer by layer, how large the activations and the gradients are.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Compare the weight gradients of the first and the last layer: the first layer's are about 10&lt;sup&gt;16&lt;/sup&gt; times smaller. It hardly learns at all.&lt;/li&gt;&lt;li&gt;Set &lt;b&gt;layers&lt;/b&gt; to 5: the gap shrinks to about 10&lt;sup&gt;3&lt;/sup&gt;, still a thousand-fold.&lt;/li&gt;&lt;li&gt;Each layer multiplies the gradient by σ′ ≤ 0.25 and by small weights: the factors multiply, so the gap grows exponentially with depth.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;20 层 sigmoid，使用 PyTorch 的默认初始化，尚未训练。图中逐层显示激活值和梯度的大小。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;比较第一层和最后一层的权重梯度：第一层的梯度大约只有最后一层的 10&lt;sup&gt;−16&lt;/sup&gt;。它几乎学不到东西。&lt;/li&gt;&lt;li&gt;把&lt;b&gt;层数&lt;/b&gt;设为 5：差距缩小到约 10&lt;sup&gt;3&lt;/sup&gt;，仍然相差一千倍。&lt;/li&gt;&lt;li&gt;每一层都把梯度乘以 σ′ ≤ 0.25 和较小的权重：这些因子相乘，所以差距随深度呈指数增长。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/03-vanishing-gradients.alab" line="24" />
            <source>Why does adding layers at the end of the network make the first layers learn more slowly?</source>
            <translation>为什么在网络末端增加层数，会让前面几层学得更慢？</translation>
        </message>
        <message>
            <location filename="../lessons/04-tanh-zero-centred.alab" line="28" />
            <source>Tanh: zero-centred</source>
            <translation>Tanh：以零为中心</translation>
        </message>
        <message>
            <location filename="../lessons/04-tanh-zero-centred.alab" line="29" />
            <source>&lt;ul&gt;&lt;li&gt;tanh has the sigmoid's S shape, stretched to (−1,&amp;nbsp;1) and centred on 0: tanh(0) = 0, while σ(0) = 0.5.&lt;/li&gt;&lt;li&gt;Negative inputs give negative outputs, so the next layer gets inputs centred on 0 instead of all positive ones.&lt;/li&gt;&lt;li&gt;Its derivative reaches 1 at x = 0, four times the sigmoid's 0.25: gradients shrink less.&lt;/li&gt;&lt;li&gt;But it saturates too: by x = 3 tanh′ is below 0.01.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;ul&gt;&lt;li&gt;tanh 与 sigmoid 一样呈 S 形，但被拉伸到 (−1,&amp;nbsp;1) 并以零为中心：tanh(0) = 0，而 σ(0) = 0.5。&lt;/li&gt;&lt;li&gt;负输入给出负输出，所以下一层得到的输入以零为中心，而不是全为正数。&lt;/li&gt;&lt;li&gt;它的导数在 x = 0 处达到 1，是 sigmoid 的 0.25 的四倍：梯度缩小得更少。&lt;/li&gt;&lt;li&gt;但它同样会饱和：到 x = 3 时 tanh′ 已小于 0.01。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/04-tanh-zero-centred.alab" line="30" />
            <source>When every input of a unit is positive (sigmoid outputs), what do the gradients of all its weights have in common, and why does that slow learning down?</source>
            <translation>当一个神经元的所有输入都是正数（sigmoid 的输出）时，它所有权重的梯度有什么共同点？为什么这会减慢学习？</translation>
        </message>
        <message>
            <location filename="../lessons/05-relu-and-dead-units.alab" line="22" />
            <source>ReLU and dead units</source>
            <translation>ReLU 与神经元死亡</translation>
        </message>
        <message>
            <location filename="../lessons/05-relu-and-dead-units.alab" line="23" />
            <source>&lt;p&gt;ReLU passes positive inputs unchanged (gradient 1) and turns negative ones into 0 (gradient 0).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt; and open the &lt;b&gt;Gradients&lt;/b&gt; view: its title lists the dead units per layer.&lt;/li&gt;&lt;li&gt;A unit whose input is negative at every training point outputs 0 everywhere and its weights get no gradient: it is &lt;b&gt;dead&lt;/b&gt;. Only a change in the layers before it can bring it back. Here 50% of the second layer ends up dead, yet the network still solves the circle.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Reset&lt;/b&gt;, set the learning rate to 0.3 and play again: the whole second layer dies and the network stays near chance.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;ReLU 让正输入原样通过（梯度为 1），把负输入变为 0（梯度为 0）。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;按下&lt;b&gt;播放&lt;/b&gt;并打开&lt;b&gt;梯度&lt;/b&gt;视图：它的标题列出了每层死亡的神经元。&lt;/li&gt;&lt;li&gt;如果一个神经元在每个训练点上的输入都是负数，它处处输出 0，它的权重也得不到梯度：它&lt;b&gt;死亡&lt;/b&gt;了。只有它之前各层的变化才能让它复活。这里第二层有 50% 的神经元最终死亡，但网络仍然能把圆形数据集分对。&lt;/li&gt;&lt;li&gt;按下&lt;b&gt;重置&lt;/b&gt;，把学习率设为 0.3 再播放：整个第二层都死亡了，网络的表现停留在随机猜测的水平附近。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/05-relu-and-dead-units.alab" line="24" />
            <source>What could we change so that fewer units die: the learning rate, the initialisation, or the activation?</source>
            <translation>要让更少的神经元死亡，我们可以改变什么：学习率、权重初始化，还是激活函数？</translation>
        </message>
        <message>
            <location filename="../lessons/06-leaky-prelu-rrelu.alab" line="34" />
            <source>Leaky ReLU, PReLU, RReLU</source>
            <translation>Leaky ReLU、PReLU、RReLU</translation>
        </message>
        <message>
            <source>&lt;p&gt;Three answers to dead units: keep a small slope for x &amp;lt; 0.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Leaky ReLU&lt;/b&gt;: a fixed slope, 0.01 by default, so a unit always gets some gradient.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PReLU&lt;/b&gt;: the slope starts at 0.25 and is learned with the weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RReLU&lt;/b&gt; while training: each element draws its own slope between 1/8 and 1/3 (the shaded band, the dots). Untick &lt;b&gt;training&lt;/b&gt;: in evaluation it uses their mean, about 0.229, and the dots become one line.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation type="vanished">&lt;p&gt;针对神经元死亡的三种方案：在 x &amp;lt; 0 时保留一个小斜率。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Leaky ReLU&lt;/b&gt;：固定斜率，默认为 0.01，所以神经元总能得到一些梯度。&lt;/li&gt;&lt;li&gt;&lt;b&gt;PReLU&lt;/b&gt;：斜率从 0.25 开始，与权重一起学习。&lt;/li&gt;&lt;li&gt;&lt;b&gt;RReLU&lt;/b&gt; 在训练时：每个元素在 1/8 到 1/3 之间抽取自己的斜率（阴影带和散点）。取消勾选 &lt;b&gt;training&lt;/b&gt;：评估时它使用这些斜率的均值，约 0.229，散点变成一条直线。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Why must RReLU use a fixed slope when the trained network is used, instead of a random one?</source>
            <translation type="vanished">为什么训练好的网络在使用时，RReLU 必须用固定的斜率，而不是随机斜率？</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="43" />
            <source>Softmax, temperature and the true Jacobian</source>
            <translation>Softmax、温度与真正的雅可比矩阵</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="44" />
            <source>&lt;p&gt;On screen: softmax of 10 scores x at temperature T = 1. The bars are the probabilities; the matrix is its derivative, the Jacobian ∂p&lt;sub&gt;i&lt;/sub&gt;/∂x&lt;sub&gt;j&lt;/sub&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The probabilities sum to 1. The largest score, 3.75 (i = 10), takes 0.74 of the probability.&lt;/li&gt;&lt;li&gt;The derivative of softmax is not a curve but a matrix, ∂p&lt;sub&gt;i&lt;/sub&gt;/∂x&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;), that is diag(p) − p p&lt;sup&gt;T&lt;/sup&gt;. Its largest entry, 0.19 = 0.74 × (1 − 0.74), is on the diagonal at i = j = 10. Raising one score lowers every other probability (the negative entries off the diagonal), and each row sums to 0.&lt;/li&gt;&lt;li&gt;Drag the temperature T to 2: the largest probability falls to 0.37, and the Jacobian is divided by T. Further up, the probabilities flatten towards 1/10 each (at T = 20 the largest is 0.12). Lower T to 0.5: the largest score takes 0.98, almost everything.&lt;/li&gt;&lt;li&gt;Type the two scores 2, 0 into the input vector: the first probability is 0.88 = σ(2). Softmax of (x, 0) is the sigmoid of x.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;屏幕上是温度 T = 1 时 10 个分数 x 的 softmax。条形表示概率；矩阵是它的导数，即雅可比矩阵 ∂p&lt;sub&gt;i&lt;/sub&gt;/∂x&lt;sub&gt;j&lt;/sub&gt;。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;概率之和为 1。最大的分数 3.75（i = 10）占了 0.74 的概率。&lt;/li&gt;&lt;li&gt;softmax 的导数不是一条曲线，而是一个矩阵：∂p&lt;sub&gt;i&lt;/sub&gt;/∂x&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;i&lt;/sub&gt;(δ&lt;sub&gt;ij&lt;/sub&gt; − p&lt;sub&gt;j&lt;/sub&gt;)，即 diag(p) − p p&lt;sup&gt;T&lt;/sup&gt;。它最大的元素 0.19 = 0.74 × (1 − 0.74) 位于对角线上 i = j = 10 处。提高一个分数会降低其他所有概率（对角线外的负元素），并且每一行之和为 0。&lt;/li&gt;&lt;li&gt;把温度 T（temperature 滑块）拖到 2：最大概率降到 0.37，雅可比矩阵被除以 T。再往上，概率趋于平均，各接近 1/10（T = 20 时最大的为 0.12）。把 T 降到 0.5：最大的分数占 0.98，几乎是全部。&lt;/li&gt;&lt;li&gt;在输入向量中输入两个分数 2, 0：第一个概率是 0.88 = σ(2)。(x, 0) 的 softmax 就是 x 的 sigmoid。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="45" />
            <source>The network on screen is sure of class 10. If the right class were 8, would a higher or a lower temperature make its loss −ln p&lt;sub&gt;8&lt;/sub&gt; larger?</source>
            <translation>屏幕上的网络确信是第 10 类。如果正确的类别是第 8 类，升高还是降低温度会让它的损失 −ln p&lt;sub&gt;8&lt;/sub&gt; 更大？</translation>
        </message>
        <message>
            <location filename="../lessons/08-weight-initialisation.alab" line="25" />
            <source>Weight initialisation: Xavier and Kaiming</source>
            <translation>权重初始化：Xavier 与 Kaiming</translation>
        </message>
        <message>
            <location filename="../lessons/08-weight-initialisation.alab" line="26" />
            <source>&lt;p&gt;The histograms show the weights of one 256&amp;nbsp;×&amp;nbsp;256 layer drawn by two initialisers.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Xavier&lt;/b&gt; (Glorot): variance 2 / (fan_in + fan_out), so signals keep their size forwards and backwards through tanh or sigmoid layers. Here std 0.0625.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kaiming&lt;/b&gt; (He): variance 2 / fan_in. ReLU zeroes half of its inputs and halves the variance; Kaiming makes up for it. Here std 0.0884, √2 times wider.&lt;/li&gt;&lt;li&gt;The rule of thumb: &lt;b&gt;ReLU → Kaiming, else Xavier&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;直方图显示了用两种初始化方法生成的一个 256&amp;nbsp;×&amp;nbsp;256 层的权重。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Xavier&lt;/b&gt;（Glorot）：方差为 2 / (fan_in + fan_out)，使信号在 tanh 或 sigmoid 层中正向和反向传播时都保持大小。这里的标准差为 0.0625。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kaiming&lt;/b&gt;（He）：方差为 2 / fan_in。ReLU 把一半的输入置零，使方差减半；Kaiming 正好弥补了这一点。这里的标准差为 0.0884，是 Xavier 的 √2 倍。&lt;/li&gt;&lt;li&gt;经验法则：&lt;b&gt;ReLU → Kaiming，其他 → Xavier&lt;/b&gt;。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/08-weight-initialisation.alab" line="27" />
            <source>A network uses GELU units. Which initialiser would you choose, and why?</source>
            <translation>一个网络使用 GELU 神经元。你会选择哪种初始化方法？为什么？</translation>
        </message>
        <message>
            <location filename="../lessons/09-depth-and-initialisation.alab" line="16" />
            <source>Depth with the right and the wrong initialiser</source>
            <translation>深度与合适、不合适的初始化方法</translation>
        </message>
        <message>
            <location filename="../lessons/09-depth-and-initialisation.alab" line="17" />
            <source>&lt;p&gt;30 ReLU layers of 512 units: solid with Kaiming, dashed with Xavier.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;With Kaiming the activations keep their size: their std is about 0.8 at layer 1 and still about 0.8 at layer 30.&lt;/li&gt;&lt;li&gt;With Xavier it falls by √2 per layer, to about 3·10&lt;sup&gt;−5&lt;/sup&gt; at layer 30: the signal is gone.&lt;/li&gt;&lt;li&gt;Now choose &lt;b&gt;tanh&lt;/b&gt; and &lt;b&gt;Xavier normal&lt;/b&gt;: with gain 1 the std shrinks from 0.63 (layer 1) to 0.13 (layer 30); with tanh's gain 5/3 it stays about 0.65.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;30 层 ReLU，每层 512 个神经元：实线用 Kaiming，虚线用 Xavier。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;使用 Kaiming 时激活值保持大小：第 1 层的标准差约为 0.8，到第 30 层仍约为 0.8。&lt;/li&gt;&lt;li&gt;使用 Xavier 时，标准差每层缩小为原来的 1/√2（×0.707），到第 30 层约为 3·10&lt;sup&gt;−5&lt;/sup&gt;：信号消失了。&lt;/li&gt;&lt;li&gt;现在选择 &lt;b&gt;tanh&lt;/b&gt; 和 &lt;b&gt;正态分布的 Xavier 初始化&lt;/b&gt;：增益为 1 时，标准差从 0.63（第 1 层）缩小到 0.13（第 30 层）；使用 tanh 的增益 5/3 时，它保持在 0.65 左右。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/09-depth-and-initialisation.alab" line="18" />
            <source>Why does ReLU need a larger initial variance than tanh?</source>
            <translation>为什么 ReLU 需要比 tanh 更大的初始方差？</translation>
        </message>
        <message>
            <location filename="../lessons/10-modern-activations.alab" line="34" />
            <source>Modern activations: GELU, SiLU, Mish</source>
            <translation>现代激活函数：GELU、SiLU、Mish</translation>
        </message>
        <message>
            <location filename="../lessons/10-modern-activations.alab" line="35" />
            <source>&lt;ul&gt;&lt;li&gt;GELU, SiLU (Swish) and Mish look like a smoothed ReLU: about x for large x, about 0 for very negative x.&lt;/li&gt;&lt;li&gt;Unlike ReLU they dip below 0 and have no kink: GELU's minimum is about −0.17, SiLU's about −0.28 (at x ≈ −1.28), Mish's about −0.31.&lt;/li&gt;&lt;li&gt;For negative inputs their gradient is small but not 0, so units do not die as easily.&lt;/li&gt;&lt;li&gt;GELU is the activation of transformers such as BERT and GPT.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;ul&gt;&lt;li&gt;GELU、SiLU（Swish）和 Mish 看起来像光滑版的 ReLU：x 很大时约为 x，x 为绝对值很大的负数时约为 0。&lt;/li&gt;&lt;li&gt;与 ReLU 不同，它们会略低于 0，并且没有折点：GELU 的最小值约为 −0.17，SiLU 约为 −0.28（在 x ≈ −1.28 处），Mish 约为 −0.31。&lt;/li&gt;&lt;li&gt;对负输入，它们的梯度很小但不为 0，所以神经元不那么容易死亡。&lt;/li&gt;&lt;li&gt;GELU 是 BERT、GPT 等 Transformer 使用的激活函数。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/10-modern-activations.alab" line="36" />
            <source>If GELU is smoother than ReLU, what does it cost us?</source>
            <translation>如果 GELU 比 ReLU 更光滑，我们要为此付出什么代价？</translation>
        </message>
        <message>
            <location filename="../lessons/06-leaky-prelu-rrelu.alab" line="35" />
            <source>&lt;p&gt;Three answers to dead units: keep a small slope for x &amp;lt; 0.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Leaky ReLU&lt;/b&gt;: a fixed slope, 0.01 by default, so a unit always gets some gradient.&lt;/li&gt;&lt;li&gt;&lt;b&gt;PReLU&lt;/b&gt;: the slope starts at 0.25 and is learned with the weights.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RReLU&lt;/b&gt; while training: each element draws its own slope between 1/8 and 1/3 (the shaded band, the dots). Untick &lt;b&gt;training&lt;/b&gt;: in evaluation it uses their mean, about 0.229, and the dots become one line.&lt;/li&gt;&lt;li&gt;&lt;b&gt;▶ sweep the slope&lt;/b&gt;: select Leaky ReLU and press ▶ beside its slope; it moves from 0 to 1 and back while the plot follows.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;针对神经元死亡的三种方案：在 x &amp;lt; 0 时保留一个小斜率。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Leaky ReLU&lt;/b&gt;：固定斜率，默认为 0.01，所以神经元总能得到一些梯度。&lt;/li&gt;&lt;li&gt;&lt;b&gt;PReLU&lt;/b&gt;：斜率从 0.25 开始，与权重一起学习。&lt;/li&gt;&lt;li&gt;&lt;b&gt;RReLU&lt;/b&gt; 在训练时：每个元素在 1/8 到 1/3 之间抽取自己的斜率（阴影带和散点）。取消勾选 &lt;b&gt;training&lt;/b&gt;：评估时它使用这些斜率的均值，约 0.229，散点变成一条直线。&lt;/li&gt;&lt;li&gt;&lt;b&gt;▶ 扫动斜率&lt;/b&gt;：选中 Leaky ReLU，按下其斜率旁的 ▶；斜率从 0 移到 1 再返回，图随之变化。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/06-leaky-prelu-rrelu.alab" line="36" />
            <source>What does Leaky ReLU become at slope 1, and why is that no use in a hidden layer? And why must RReLU use a fixed slope when the trained network is used, instead of a random one?</source>
            <translation>斜率为 1 时 Leaky ReLU 变成了什么？为什么这样的函数放在隐藏层里没有用？另外，为什么训练好的网络在使用时，RReLU 必须用固定的斜率，而不是随机斜率？</translation>
        </message>
        <message>
            <location filename="../lessons/11-shape-of-the-activation.alab" line="25" />
            <source>A network takes the shape of its activation</source>
            <translation>网络的形状取决于它的激活函数</translation>
        </message>
        <message>
            <source>&lt;p&gt;Eight &lt;b&gt;ReLU&lt;/b&gt; units learn y = sin x from points on [−6, 6], with squared error. Press &lt;b&gt;Play&lt;/b&gt; and stop after 500 epochs.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each ReLU unit is a hinge: flat on one side of its breakpoint, straight on the other. The thin curves are each unit's output times its weight; with the output bias they add up to the fit, so the fit is a chain of straight pieces. Its corners are marked: 7 kinks, and 8 units can make at most 8.&lt;/li&gt;&lt;li&gt;Now choose &lt;b&gt;Tanh&lt;/b&gt;: the same 8 units give a smooth curve without a single kink, and a smaller error after 500 epochs (0.010 instead of 0.029).&lt;/li&gt;&lt;li&gt;Then choose &lt;b&gt;Identity&lt;/b&gt; with two hidden layers of 8: whatever the depth, the fit is a straight line. Its error stays at 0.46, the error of the best straight line through the points.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation type="vanished">&lt;p&gt;8 个 &lt;b&gt;ReLU&lt;/b&gt; 神经元用平方误差学习 [−6, 6] 上的点，目标是 y = sin x。按 &lt;b&gt;播放&lt;/b&gt;，训练 500 轮后停下。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;每个 ReLU 神经元都像一个合页：在折点的一侧是平的，另一侧是直的。细曲线是每个神经元的输出乘以它的权重；加上输出偏置，它们的和就是拟合曲线，所以拟合曲线由一段段直线连成。图中标出了它的拐角：7 个折点，而 8 个神经元最多只能产生 8 个。&lt;/li&gt;&lt;li&gt;现在选择 &lt;b&gt;Tanh&lt;/b&gt;：同样的 8 个神经元给出一条光滑曲线，没有一个折点；训练 500 轮后误差也更小（0.010，而不是 0.029）。&lt;/li&gt;&lt;li&gt;再选择 &lt;b&gt;Identity&lt;/b&gt;，并用两个各有 8 个神经元的隐藏层：无论多深，拟合结果都是一条直线。它的误差停在 0.46，也就是穿过这些点的最佳直线的误差。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/11-shape-of-the-activation.alab" line="27" />
            <source>A ReLU network with two hidden layers of 8 units can have up to 80 kinks on a line, not 16. Where do the extra ones come from?</source>
            <translation>有两个隐藏层、每层 8 个神经元的 ReLU 网络，在一条直线上最多可以有 80 个折点，而不是 16 个。多出来的折点是从哪里来的？</translation>
        </message>
        <message>
            <location filename="../lessons/12-which-activation-learns-fastest.alab" line="16" />
            <source>Which activation learns fastest?</source>
            <translation>哪个激活函数学得最快？</translation>
        </message>
        <message>
            <location filename="../lessons/12-which-activation-learns-fastest.alab" line="17" />
            <source>&lt;p&gt;Three networks of 6 hidden layers of 8 units learn the circle at once: sigmoid, tanh and ReLU, from the same initial weights, on the same batches. Only the activation differs.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Press &lt;b&gt;Play&lt;/b&gt;. Each map's title says at which epoch its network first classifies 95% of the training points.&lt;/li&gt;&lt;li&gt;Raced with 10 seeds for 100 epochs each, &lt;b&gt;sigmoid&lt;/b&gt; stalled in 10 of them: it never reached 95% and ended between 48% and 54%, no better than guessing. Tanh got there after 4 to 12 epochs, ReLU after 4 to 7.&lt;/li&gt;&lt;li&gt;Why: every sigmoid layer multiplies the gradient by σ′ ≤ 1/4, so through six layers it shrinks at least 4&lt;sup&gt;6&lt;/sup&gt;-fold before it reaches the first layer. Tanh′ and ReLU′ reach 1.&lt;/li&gt;&lt;li&gt;Choose the preset with 1 hidden layer: now sigmoid learns too, only more slowly.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;三个网络同时学习圆形数据集，每个都有 6 个隐藏层、每层 8 个神经元：Sigmoid、Tanh 和 ReLU，从相同的初始权重出发，使用相同的小批量。只有激活函数不同。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;按&lt;b&gt;播放&lt;/b&gt;。每张图的标题给出它的网络第一次把 95% 的训练点分对是在第几轮。&lt;/li&gt;&lt;li&gt;用 10 个随机种子各竞速 100 轮，&lt;b&gt;Sigmoid&lt;/b&gt; 在其中 10 次停滞：它从未达到 95%，最终准确率在 48% 到 54% 之间，不比瞎猜好。Tanh 用了 4 到 12 轮达到，ReLU 用了 4 到 7 轮。&lt;/li&gt;&lt;li&gt;原因：每个 Sigmoid 层都把梯度乘以 σ′ ≤ 1/4，所以经过六层，梯度到达第一层之前至少缩小为原来的 1/4&lt;sup&gt;6&lt;/sup&gt;。Tanh′ 和 ReLU′ 可以达到 1。&lt;/li&gt;&lt;li&gt;选择 1 个隐藏层的预设：这时 Sigmoid 也能学会，只是更慢。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/12-which-activation-learns-fastest.alab" line="18" />
            <source>Why does the same sigmoid that learns with one hidden layer stall with six?</source>
            <translation>同样的 Sigmoid，为什么一个隐藏层时能学会，六个隐藏层时却停滞了？</translation>
        </message>
        <message>
            <location filename="../lessons/11-shape-of-the-activation.alab" line="26" />
            <source>&lt;p&gt;Eight &lt;b&gt;ReLU&lt;/b&gt; units learn y = sin x from points on [−6, 6], with squared error. Press &lt;b&gt;Play&lt;/b&gt; and stop after 500 epochs.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each ReLU unit is a hinge: flat on one side of its breakpoint, straight on the other. The thin curves are each unit's output times its weight; with the output bias they add up to the fit, so the fit is a chain of straight pieces. Its corners are marked: 7 kinks, and 8 units can make at most 8.&lt;/li&gt;&lt;li&gt;Now choose &lt;b&gt;Tanh&lt;/b&gt;: the same 8 units give a smooth curve without a single kink, and a smaller error after 500 epochs (0.009 instead of 0.059).&lt;/li&gt;&lt;li&gt;Then choose &lt;b&gt;Identity&lt;/b&gt; with two hidden layers of 8: whatever the depth, the fit is a straight line. Its error stays at 0.46, the error of the best straight line through the points.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;8 个 &lt;b&gt;ReLU&lt;/b&gt; 神经元用平方误差学习 [−6, 6] 上的点，目标是 y = sin x。按 &lt;b&gt;播放&lt;/b&gt;，训练 500 轮后停下。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;每个 ReLU 神经元都像一个合页：在折点的一侧是平的，另一侧是直的。细曲线是每个神经元的输出乘以它的权重；加上输出偏置，它们的和就是拟合曲线，所以拟合曲线由一段段直线连成。图中标出了它的拐角：7 个折点，而 8 个神经元最多只能产生 8 个。&lt;/li&gt;&lt;li&gt;现在选择 &lt;b&gt;Tanh&lt;/b&gt;：同样的 8 个神经元给出一条光滑曲线，没有一个折点；训练 500 轮后误差也更小（0.009，而不是 0.059）。&lt;/li&gt;&lt;li&gt;再选择 &lt;b&gt;Identity&lt;/b&gt;，并用两个各有 8 个神经元的隐藏层：无论多深，拟合结果都是一条直线。它的误差停在 0.46，也就是穿过这些点的最佳直线的误差。&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <location filename="../lessons/03-vanishing-gradients.alab" line="27" />
            <source>Set layers to 5</source>
            <translation>把层数设为 5</translation>
        </message>
        <message>
            <location filename="../lessons/05-relu-and-dead-units.alab" line="27" />
            <source>Set the learning rate to 0.3 (then press Space to play again)</source>
            <translation>把学习率设为 0.3（然后按空格键再次播放）</translation>
        </message>
        <message>
            <location filename="../lessons/06-leaky-prelu-rrelu.alab" line="39" />
            <source>Untick training for RReLU: evaluation mode, one line at slope 0.229</source>
            <translation>取消勾选 RReLU 的 training：评估模式，斜率为 0.229 的一条直线</translation>
        </message>
        <message>
            <location filename="../lessons/06-leaky-prelu-rrelu.alab" line="58" />
            <source>Select Leaky ReLU (then press P to sweep its slope)</source>
            <translation>选中 Leaky ReLU（然后按 P 扫动它的斜率）</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="48" />
            <source>Set the temperature T to 2</source>
            <translation>把温度 T 设为 2</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="71" />
            <source>Raise the temperature T to 20</source>
            <translation>把温度 T 升高到 20</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="94" />
            <source>Lower the temperature T to 0.5</source>
            <translation>把温度 T 降低到 0.5</translation>
        </message>
        <message>
            <location filename="../lessons/07-softmax-and-temperature.alab" line="117" />
            <source>Type the two scores 2, 0 into the input vector (T = 1)</source>
            <translation>在输入向量中输入两个分数 2, 0（T = 1）</translation>
        </message>
        <message>
            <location filename="../lessons/09-depth-and-initialisation.alab" line="21" />
            <source>Choose tanh and Xavier normal (gain 1)</source>
            <translation>选择 tanh 和正态分布的 Xavier 初始化（增益 1）</translation>
        </message>
        <message>
            <location filename="../lessons/09-depth-and-initialisation.alab" line="33" />
            <source>Set Xavier's gain to tanh's 5/3</source>
            <translation>把 Xavier 的增益设为 tanh 的 5/3</translation>
        </message>
        <message>
            <location filename="../lessons/11-shape-of-the-activation.alab" line="30" />
            <source>Choose Tanh (then press Space to play)</source>
            <translation>选择 Tanh（然后按空格键播放）</translation>
        </message>
        <message>
            <location filename="../lessons/11-shape-of-the-activation.alab" line="36" />
            <source>Choose Identity with two hidden layers of 8 (then press Space to play)</source>
            <translation>选择 Identity，并用两个各有 8 个神经元的隐藏层（然后按空格键播放）</translation>
        </message>
        <message>
            <location filename="../lessons/12-which-activation-learns-fastest.alab" line="21" />
            <source>Choose the preset with 1 hidden layer (then press Space to play)</source>
            <translation>选择 1 个隐藏层的预设（然后按空格键播放）</translation>
        </message>
    </context>
    <context>
        <name>LossView</name>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="27" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="27" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="30" />
            <source>train</source>
            <translation>训练集</translation>
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="31" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="77" />
            <location filename="../../gui/main_window.py" line="92" />
            <source>Activation Lab</source>
            <extracomment>The tabs' session keys, in the tabs' order. What :meth:`MainWindow.load_frame` and the first tab import (no Qt object made at import): start-up imports them on its worker thread with the engine, so the GUI thread only builds.</extracomment>
            <translation>Activation Lab 激活函数实验室</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="90" />
            <source>Loading PyTorch…</source>
            <translation>正在加载 PyTorch…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="95" />
            <source>Starting…</source>
            <translation>正在启动…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../gui/menus.py" line="16" />
            <source>&amp;File</source>
            <extracomment>Menu keys in the order they appear on the menu bar, with their (translatable) titles; QT_TRANSLATE_NOOP marks them for lupdate, which cannot see the text ``_title`` translates.</extracomment>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="17" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="18" />
            <source>&amp;Lessons</source>
            <translation>课程(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/menus.py" line="19" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="148" />
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="154" />
            <source>auto (Kaiming for ReLU-like, else Xavier)</source>
            <translation>自动（类 ReLU 用 Kaiming，其余用 Xavier）</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="164" />
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="166" />
            <source>initialiser</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="168" />
            <source>initial bias</source>
            <translation>初始偏置</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="../../gui/training/network_view.py" line="98" />
            <source>Network</source>
            <extracomment>(hidden layer 1… or the output's column, unit) under the pointer; (-1, -1) when it left every unit. A click on a unit (weight layer, unit, -1: its bias) or on a link (weight layer, target unit, source unit).</extracomment>
            <translation>网络</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_view.py" line="173" />
            <source>Output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_view.py" line="173" />
            <source>Layer {0}, unit {1}</source>
            <translation>第 {0} 层，第 {1} 个神经元</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_view.py" line="174" />
            <source>{0}: bias {1}; incoming weights {2}</source>
            <translation>{0}：偏置 {1}；输入权重 {2}</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../gui/explorer/notes.py" line="80" />
            <source>for every x</source>
            <translation>对所有 x</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="87" />
            <source>for {0} {1} x {2} {3}</source>
            <translation>当 {0} {1} x {2} {3} 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="103" />
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="145" />
            <source>Hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="145" />
            <source>try in this order</source>
            <translation>按此顺序尝试</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="147" />
            <source>Output layer</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>yes</source>
            <translation type="vanished">是</translation>
        </message>
        <message>
            <source>no</source>
            <translation type="vanished">否</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="198" />
            <source>Jacobian</source>
            <translation>雅可比矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="198" />
            <source>Derivative</source>
            <translation>导数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="76" />
            <source>at x = {0}</source>
            <translation>在 x = {0} 处</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="101" />
            <source>(approached as x → +∞)</source>
            <translation>（x → +∞ 时趋近）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="101" />
            <source>(approached as x → −∞)</source>
            <translation>（x → −∞ 时趋近）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="105" />
            <source> and </source>
            <translation> 和 </translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="112" />
            <source>nowhere on [{0}, {1}]</source>
            <translation>在 [{0}, {1}] 上没有</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="177" />
            <source>Output range</source>
            <translation>输出范围</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="178" />
            <source>Zero-centred</source>
            <translation>以零为中心</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="179" />
            <source>Monotonic</source>
            <translation>单调</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="183" />
            <source>Smoothness</source>
            <translation>光滑性</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="190" />
            <source>Typical use</source>
            <translation>典型用途</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="191" />
            <source>Strengths</source>
            <translation>优点</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="192" />
            <source>Weaknesses</source>
            <translation>缺点</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="82" />
            <source>for x ≥ {0}</source>
            <translation>当 x ≥ {0} 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="82" />
            <source>for x &gt; {0}</source>
            <translation>当 x &gt; {0} 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="84" />
            <source>for x ≤ {0}</source>
            <translation>当 x ≤ {0} 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="84" />
            <source>for x &lt; {0}</source>
            <translation>当 x &lt; {0} 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="96" />
            <source>at x = ±{0}</source>
            <translation>在 x = ±{0} 处</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="136" />
            <source>{0} for {1}</source>
            <translation>{1}：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="185" />
            <source>max |f′|</source>
            <translation>max |f′|</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="187" />
            <source>|f′| &lt; ε</source>
            <translation>|f′| &lt; ε</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="196" />
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="116" />
            <source>everywhere on [{0}, {1}]</source>
            <translation>在 [{0}, {1}] 上处处成立</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="118" />
            <source>x &lt; {0}</source>
            <translation>x &lt; {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="120" />
            <source>x &gt; {0}</source>
            <translation>x &gt; {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="122" />
            <source>{0} &lt; x &lt; {1}</source>
            <translation>{0} &lt; x &lt; {1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="138" />
            <source>In PyTorch the last layer usually outputs raw logits and the loss applies sigmoid or softmax inside: BCEWithLogitsLoss, CrossEntropyLoss (more stable than the activation followed by BCELoss or a log).</source>
            <translation>在 PyTorch 中，最后一层通常输出原始 logits，由损失函数在内部应用 sigmoid 或 softmax：BCEWithLogitsLoss、CrossEntropyLoss（比先用激活函数再接 BCELoss 或取对数更稳定）。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="59" />
            <source>For x ~ N(0, 1)</source>
            <translation>当 x ~ N(0, 1) 时</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="61" />
            <source>Kinks and jumps</source>
            <translation>折点与跳跃</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="62" />
            <source>Zero gradient</source>
            <translation>零梯度</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="66" />
            <source>Approximation</source>
            <translation>近似</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="66" />
            <source>Gradient precision</source>
            <translation>梯度精度</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="105" />
            <source>{value} {where}</source>
            <translation>{where}为 {value}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="61" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="65" />
            <source>Rounding</source>
            <translation>舍入</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="54" />
            <source>cannot be computed: {0}</source>
            <translation>无法计算：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="65" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="198" />
            <source>{0}:</source>
            <translation>{0}：</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="199" />
            <source>({0})</source>
            <translation>（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="147" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;：{1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="57" />
            <source>{0} ({1})</source>
            <translation>{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="145" />
            <source>&lt;b&gt;{0}&lt;/b&gt; ({1}): {2}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;（{1}）：{2}</translation>
        </message>
    </context>
    <context>
        <name>ParameterEdit</name>
        <message>
            <location filename="../../gui/training/edits.py" line="22" />
            <source>bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <location filename="../../gui/training/edits.py" line="22" />
            <source>weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../gui/training/edits.py" line="23" />
            <source>set a {0} to {1}</source>
            <translation>将{0}设为 {1}</translation>
        </message>
    </context>
    <context>
        <name>PlayCost</name>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="34" />
            <source>about {0} s</source>
            <translation>约 {0} 秒</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="35" />
            <source>about {0} min</source>
            <translation>约 {0} 分钟</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="36" />
            <source>about {0} h {1} min</source>
            <translation>约 {0} 小时 {1} 分钟</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="37" />
            <source>about {0} h</source>
            <translation>约 {0} 小时</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="38" />
            <source>about {0} days</source>
            <translation>约 {0} 天</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="80" />
            <source>Slow training</source>
            <translation>训练较慢</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="82" />
            <source>Train</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="89" />
            <source>Training not started</source>
            <translation>训练未开始</translation>
        </message>
        <message>
            <location filename="../../gui/training/cost_prompt.py" line="63" />
            <source>One epoch trains {0} mini-batches of {1} and takes {2} here: {3} epochs take {4}.

Pause stops it any time. Start training?</source>
            <translation>每轮训练 {0} 个小批量（每批 {1} 个点），在这台电脑上需{2}：{3} 轮需{4}。

随时可按“暂停”停止。开始训练吗？</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <location filename="../../gui/app.py" line="23" />
            <source>&amp;Look in:</source>
            <extracomment>Qt's own words its Chinese catalogue (qtbase_zh_CN.qm of Qt 6.11) lacks: Qt 6 gave the file dialog's labels accelerators ("&amp;Look in:"), and the catalogue still holds "Look in:". Ours, installed after Qt's, is asked first.</extracomment>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="23" />
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>RaceControls</name>
        <message>
            <location filename="../../gui/race/controls.py" line="48" />
            <source>Run</source>
            <extracomment>The race changed (a new race starts at epoch 0). A preset was chosen: the controls already show it.</extracomment>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="51" />
            <location filename="../../gui/race/controls.py" line="186" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="53" />
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="54" />
            <source>train every racer one epoch</source>
            <translation>每个参赛网络训练一轮</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="55" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="56" />
            <source>back to the shared initial weights (epoch 0)</source>
            <translation>回到共同的初始权重（第 0 轮）</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="63" />
            <source>{0} epochs per frame</source>
            <translation>每帧 {0} 轮</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="63" />
            <source>1 epoch per frame</source>
            <translation>每帧 1 轮</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="66" />
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="76" />
            <source>Racers</source>
            <translation>参赛者</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="79" />
            <source>Your own race</source>
            <translation>自定义竞速</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="84" />
            <source>Preset</source>
            <translation>预设</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="92" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="99" />
            <source>Racer {0}</source>
            <translation>参赛者 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="101" />
            <source>Network and data</source>
            <translation>网络与数据</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="104" />
            <source>units per hidden layer, e.g. 8,8,8 (1 to 6 layers of 1 to 16 units)</source>
            <translation>每个隐藏层的神经元数，例如 8,8,8（1 到 6 层，每层 1 到 16 个神经元）</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="105" />
            <source>Hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="110" />
            <source>Dataset</source>
            <translation>数据集</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="114" />
            <source> %</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="115" />
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="119" />
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="122" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="123" />
            <source>Every racer starts from the same weights (Xavier uniform) and sees the same batches.</source>
            <translation>每个参赛者都从相同的权重（均匀分布的 Xavier 初始化）出发，看到相同的小批量。</translation>
        </message>
        <message>
            <location filename="../../gui/race/controls.py" line="186" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>RaceCurves</name>
        <message>
            <location filename="../../gui/race/views.py" line="117" />
            <source>Training loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <location filename="../../gui/race/views.py" line="117" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../gui/race/views.py" line="117" />
            <location filename="../../gui/race/views.py" line="119" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../gui/race/views.py" line="119" />
            <source>Training accuracy</source>
            <translation>训练准确率</translation>
        </message>
        <message>
            <location filename="../../gui/race/views.py" line="119" />
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
    </context>
    <context>
        <name>RaceKeys</name>
        <message>
            <location filename="../../gui/race/keys.py" line="25" />
            <source>Play / Pause the race</source>
            <translation>播放 / 暂停竞速</translation>
        </message>
        <message>
            <location filename="../../gui/race/keys.py" line="25" />
            <source>Train every racer one epoch (Step)</source>
            <translation>每个参赛者训练一轮（单步）</translation>
        </message>
        <message>
            <location filename="../../gui/race/keys.py" line="25" />
            <source>Reset the race</source>
            <translation>重置竞速</translation>
        </message>
    </context>
    <context>
        <name>RaceTab</name>
        <message>
            <location filename="../../gui/race/tab.py" line="203" />
            <source>Epoch {0}</source>
            <translation>第 {0} 轮</translation>
        </message>
        <message>
            <location filename="../../gui/race/tab.py" line="206" />
            <source>Racing…</source>
            <translation>正在竞速…</translation>
        </message>
        <message>
            <location filename="../../gui/race/tab.py" line="206" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../gui/race/tab.py" line="211" />
            <source>Race</source>
            <translation>竞速</translation>
        </message>
    </context>
    <context>
        <name>Readout</name>
        <message>
            <location filename="../../gui/explorer/readout.py" line="57" />
            <source>Move the mouse over the plots to read f, f′ and f″.</source>
            <translation>将鼠标移到图上，读取 f、f′ 和 f″。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/readout.py" line="80" />
            <source>move the mouse over the plots</source>
            <translation>将鼠标移到图上</translation>
        </message>
    </context>
    <context>
        <name>RunBox</name>
        <message>
            <location filename="../../gui/training/controls.py" line="25" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="28" />
            <location filename="../../gui/training/controls.py" line="87" />
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="30" />
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="31" />
            <source>train one epoch</source>
            <translation>训练一轮</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="32" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="33" />
            <source>back to the initial weights (epoch 0)</source>
            <translation>回到初始权重（第 0 轮）</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="41" />
            <source>side by side: linear vs this activation</source>
            <translation>并排对比：线性 vs 此激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="42" />
            <source>train the same network without an activation on the same points at once</source>
            <translation>在同样的数据点上同时训练一个没有激活函数的相同网络</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="43" />
            <source>discretise the output</source>
            <translation>将输出离散化</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="44" />
            <source>show test data</source>
            <translation>显示测试数据</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="46" />
            <source>the test points (hollow) on the map, as Playground's “Show test data”</source>
            <translation>在图上显示测试数据点（空心），即 Playground 的“Show test data”</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="50" />
            <source>as fast as possible</source>
            <translation>尽可能快</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="52" />
            <source>1 epoch per frame (Playground)</source>
            <translation>每帧 1 轮（同 Playground）</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="54" />
            <source>{0} epochs per frame</source>
            <translation>每帧 {0} 轮</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="56" />
            <source>how many epochs Play trains between two pictures (Playground: one)</source>
            <translation>“播放”在两次画面之间训练多少轮（Playground：一轮）</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="60" />
            <source>Speed</source>
            <translation>速度</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="72" />
            <source>Epoch {0}</source>
            <translation>第 {0} 轮</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="74" />
            <source>test accuracy {0:.0%}</source>
            <translation>测试准确率 {0:.0%}</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="79" />
            <source>{0:,.0f} epochs/s</source>
            <translation>每秒 {0:,.0f} 轮</translation>
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="87" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>SessionActions</name>
        <message>
            <location filename="../../gui/session_actions.py" line="101" />
            <source>&amp;Save session…</source>
            <extracomment>A session file was opened and shown: its whole checked content (the lessons show its "lesson" block).</extracomment>
            <translation>保存会话(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="103" />
            <source>Save every tab's settings to a .alab file (Ctrl+S)</source>
            <translation>把所有标签页的设置保存到 .alab 文件（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="105" />
            <source>&amp;Open session…</source>
            <translation>打开会话(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="108" />
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="139" />
            <source>Session not saved</source>
            <translation>会话未保存</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="142" />
            <source>Saved {0}</source>
            <translation>已保存 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="147" />
            <source>Save session</source>
            <translation>保存会话</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="151" />
            <source>include the trained network (its weights as numbers)</source>
            <translation>包含训练好的网络（以数值保存其权重）</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="169" />
            <source>Session not opened</source>
            <translation>会话未打开</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="177" />
            <source>Open session</source>
            <translation>打开会话</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="195" />
            <source>No longer there, removed from the recent sessions: {0}</source>
            <translation>文件已不存在，已从最近的会话中移除：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="249" />
            <source>{0} — Activation Lab</source>
            <translation>{0} — Activation Lab</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="252" />
            <source>Where: {0}</source>
            <translation>位置：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/session_actions.py" line="259" />
            <source>Activation Lab sessions (*{0});;All files (*)</source>
            <translation>Activation Lab 会话 (*{0});;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../gui/shortcuts.py" line="43" />
            <source>(in the current tab)</source>
            <translation>（在当前标签页中）</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../gui/shortcuts.py" line="54" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/shortcuts.py" line="80" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../gui/shortcuts.py" line="80" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>SliderParamPanel</name>
        <message>
            <location filename="../../gui/common/param_panel.py" line="249" />
            <source>Reset to defaults</source>
            <translation>恢复默认值</translation>
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="253" />
            <source>No parameters.</source>
            <translation>没有参数。</translation>
        </message>
    </context>
    <context>
        <name>StackedPlots</name>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f(x)</source>
            <translation>f(x)</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f′(x)</source>
            <translation>f′(x)</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f″(x)</source>
            <translation>f″(x)</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>Δ</source>
            <translation>Δ</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="174" />
            <source>|f′(x)|</source>
            <translation>|f′(x)|</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="155" />
            <source>{0}: exact − {1} approximation (solid: Δf, dashed: Δf′)</source>
            <translation>{0}：精确值 − {1} 近似值（实线：Δf，虚线：Δf′）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="169" />
            <source>x</source>
            <translation>x</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../gui/lessons/start_page.py" line="41" />
            <source>Welcome to Activation Lab</source>
            <extracomment>Platforms without a screen a person looks at: the start page never opens there by itself. The lesson number chosen.</extracomment>
            <translation>欢迎使用 Activation Lab</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/start_page.py" line="44" />
            <source>&lt;h2&gt;Welcome to Activation Lab&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;欢迎使用 Activation Lab&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/start_page.py" line="47" />
            <source>See how activation functions and weight initialisation shape a neural network. Follow the lessons in order (each opens the right tab with a question to ask the class), or explore on your own. The Lessons menu brings you back here.</source>
            <translation>看一看激活函数和权重初始化如何塑造神经网络。按顺序学习各课（每课都会打开相应的标签页，并给出一个向全班提出的问题），或者自己动手探索。“课程”菜单可以随时带你回到这里。</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/start_page.py" line="63" />
            <source>Explore on my own</source>
            <translation>自己探索</translation>
        </message>
        <message>
            <location filename="../../gui/lessons/start_page.py" line="67" />
            <source>Click a lesson to open it.</source>
            <translation>点击一课即可打开。</translation>
        </message>
    </context>
    <context>
        <name>SweepButton</name>
        <message>
            <location filename="../../gui/common/sweep.py" line="40" />
            <source>Sweep this value between two ends (the arrow: ends, speed, once or back and forth)</source>
            <translation>在两个端点之间扫动这个值（箭头：端点、速度、单程或往返）</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="41" />
            <source>Sweep</source>
            <translation>扫动</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="48" />
            <source>Start here (the current value)</source>
            <translation>从这里开始（当前值）</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="49" />
            <source>End here (the current value)</source>
            <translation>到这里结束（当前值）</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="50" />
            <source>Whole range</source>
            <translation>整个范围</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="52" />
            <source>Back and forth</source>
            <translation>往返</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="57" />
            <source>Slow (8 s)</source>
            <translation>慢（8 秒）</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="57" />
            <source>Normal (4 s)</source>
            <translation>正常（4 秒）</translation>
        </message>
        <message>
            <location filename="../../gui/common/sweep.py" line="57" />
            <source>Fast (2 s)</source>
            <translation>快（2 秒）</translation>
        </message>
    </context>
    <context>
        <name>TrainingBox</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="217" />
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="228" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="228" />
            <source>L1</source>
            <translation>L1</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="228" />
            <source>L2</source>
            <translation>L2</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="233" />
            <source>squared error (tanh output)</source>
            <translation>平方误差（tanh 输出）</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="234" />
            <source>cross-entropy (sigmoid output)</source>
            <translation>交叉熵（sigmoid 输出）</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="235" />
            <source>squared error (regression)</source>
            <translation>平方误差（回归）</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="246" />
            <source>optimiser</source>
            <translation>优化器</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="247" />
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="248" />
            <source>batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="252" />
            <source>regularisation</source>
            <translation>正则化</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="253" />
            <source>regularisation rate</source>
            <translation>正则化系数</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="254" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="256" />
            <source>input features</source>
            <translation>输入特征</translation>
        </message>
    </context>
    <context>
        <name>TrainingKeys</name>
        <message>
            <location filename="../../gui/training/keys.py" line="34" />
            <source>Play / Pause training</source>
            <translation>播放 / 暂停训练</translation>
        </message>
        <message>
            <location filename="../../gui/training/keys.py" line="34" />
            <source>Train one epoch (Step)</source>
            <translation>训练一轮（单步）</translation>
        </message>
        <message>
            <location filename="../../gui/training/keys.py" line="34" />
            <source>Reset the training</source>
            <translation>重置训练</translation>
        </message>
        <message>
            <location filename="../../gui/training/keys.py" line="40" />
            <source>Next view (loss, gradients, hidden space)</source>
            <translation>下一个视图（损失、梯度、隐藏层空间）</translation>
        </message>
    </context>
    <context>
        <name>TrainingTab</name>
        <message>
            <location filename="../../gui/training/selftest.py" line="79" />
            <source>training: a few epochs of the side-by-side lesson</source>
            <translation>训练：并排课程的几个轮次</translation>
        </message>
        <message>
            <location filename="../../gui/training/selftest.py" line="80" />
            <source>training: Play trains in the background and Pause stops it</source>
            <translation>训练：“播放”在后台训练，“暂停”使其停止</translation>
        </message>
        <message>
            <location filename="../../gui/training/selftest.py" line="82" />
            <source>training: as fast as possible trains in a process of its own</source>
            <translation>训练：“尽可能快”在单独的进程中训练</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="99" />
            <source>layer </source>
            <translation>层 </translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="100" />
            <source>x: unit </source>
            <translation>x：神经元 </translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="101" />
            <source>y: unit </source>
            <translation>y：神经元 </translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="110" />
            <source>Loss and accuracy</source>
            <translation>损失与准确率</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="111" />
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="112" />
            <source>Hidden space</source>
            <translation>隐藏层空间</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="163" />
            <source>Bias</source>
            <translation>偏置</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="163" />
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="385" />
            <source>{0} applied to the running network at epoch {1}</source>
            <translation>{0} 已应用到正在训练的网络（第 {1} 轮）</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="386" />
            <source>{0} changed the network or its data: back to epoch 0</source>
            <translation>{0} 改变了网络或其数据：回到第 0 轮</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="392" />
            <source>trains in the app: its training process stopped ({0})</source>
            <translation>在应用内训练：其训练进程已停止（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="396" />
            <source>Epoch {0}: train loss {1:.4f}, test loss {2:.4f}; {3}</source>
            <translation>第 {0} 轮：训练损失 {1:.4f}，测试损失 {2:.4f}；{3}</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="398" />
            <source>Epoch {0}: train loss {1:.4f}, test accuracy {2}; {3}</source>
            <translation>第 {0} 轮：训练损失 {1:.4f}，测试准确率 {2}；{3}</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="402" />
            <source>Training…</source>
            <translation>正在训练…</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="402" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="405" />
            <source>Training stopped: {0}</source>
            <translation>训练已停止：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="408" />
            <source>Paused.</source>
            <translation>已暂停。</translation>
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="482" />
            <source>Why non-linearity</source>
            <translation>为什么需要非线性</translation>
        </message>
    </context>
    <context>
        <name>VectorView</name>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="121" />
            <source>Numbers separated by commas; press Enter to apply</source>
            <translation>用逗号分隔的数字；按回车应用</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="123" />
            <source>Seed logits</source>
            <translation>示例 logits</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="124" />
            <source>Back to the example logits 0.2, 0.02, …, 3.75</source>
            <translation>回到示例 logits 0.2, 0.02, …, 3.75</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="137" />
            <source>Input vector x:</source>
            <translation>输入向量 x：</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="142" />
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="148" />
            <source>index i</source>
            <translation>下标 i</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="148" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="171" />
            <source>input j</source>
            <translation>输入 j</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="171" />
            <source>output i</source>
            <translation>输出 i</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="174" />
            <source>Jacobian ∂yᵢ/∂xⱼ</source>
            <translation>雅可比矩阵 ∂yᵢ/∂xⱼ</translation>
        </message>
        <message>
            <source>Jacobian ∂yᵢ/∂xⱼ (autograd)</source>
            <translation type="vanished">雅可比矩阵</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="279" />
            <source>cannot compute in {0}: {1}</source>
            <translation>无法在 {0} 中计算：{1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="288" />
            <source>{0} computed on {1} in {2}</source>
            <translation>{0} 在 {1} 上以 {2} 计算</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="349" />
            <source>Outputs sum to {0:.6g}. </source>
            <translation>输出之和为 {0:.6g}。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="352" />
            <source>Each row i shows how output yᵢ moves when input xⱼ is nudged. Derivative: </source>
            <translation>第 i 行显示：输入 xⱼ 稍微变化时，输出 yᵢ 随之如何变化。导数：</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="430" />
            <source>Point at a bar to read its value.</source>
            <translation>把鼠标指向一个条形，即可读出它的值。</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="432" />
            <source>i = {0}</source>
            <translation>i = {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="434" />
            <source>input xᵢ = {0}</source>
            <translation>输入 xᵢ = {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="436" />
            <source>output yᵢ = {0}</source>
            <translation>输出 yᵢ = {0}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="476" />
            <source>Input refused: {0} (the plot shows the last good input)</source>
            <translation>输入被拒绝：{0}（图中显示上一个有效输入）</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <location filename="../../gui/view_actions.py" line="47" />
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="49" />
            <source>Full screen with larger text and thicker lines, for a projector (F5; Esc leaves)</source>
            <translation>全屏显示，文字更大、线条更粗，适合投影仪（F5；按 Esc 退出）</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="52" />
            <source>Leave presentation mode</source>
            <translation>退出演示模式</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="55" />
            <source>&amp;Larger</source>
            <translation>放大(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="57" />
            <source>&amp;Smaller</source>
            <translation>缩小(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="59" />
            <source>&amp;Interface scale</source>
            <translation>界面缩放(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="62" />
            <source>{0} %</source>
            <translation>{0}%</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="68" />
            <source>&amp;Hide controls</source>
            <translation>隐藏控件(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="69" />
            <source>Fold away every tab's controls so the plots take the screen (F6)</source>
            <translation>收起所有标签页的控件，让图表占满屏幕（F6）</translation>
        </message>
        <message>
            <location filename="../../gui/view_actions.py" line="71" />
            <source>High-&amp;contrast palette</source>
            <translation>高对比度配色(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ViewControls</name>
        <message>
            <location filename="../../gui/explorer/controls.py" line="67" />
            <source>Number of evenly spaced x values (torch.linspace)</source>
            <translation>等间距 x 值的个数（torch.linspace）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="68" />
            <source>f″</source>
            <translation>f″</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="70" />
            <source>Show the second derivative</source>
            <translation>显示二阶导数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="71" />
            <source>shade |f′| &lt; ε, ε =</source>
            <translation>阴影标出 |f′| &lt; ε，ε =</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="74" />
            <source>Shade where the selected curve's gradient almost vanishes (saturation, dead zone)</source>
            <translation>为所选曲线梯度几乎消失之处加阴影（饱和区、死区）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="79" />
            <source>kinks &amp;&amp; bounds</source>
            <translation>折点和边界</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="83" />
            <source>Mark where f is not differentiable (filled: the value autograd uses; open: the one-sided limits) and the bounds of the output range</source>
            <translation>标出 f 不可导之处（实心：autograd 所用的值；空心：单侧极限）以及输出范围的边界</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="87" />
            <source>log |f′|</source>
            <translation>log |f′|</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="88" />
            <source>|f′| on a log axis: shows how precision runs out in the tails</source>
            <translation>用对数坐标轴显示 |f′|：显示精度在尾部如何耗尽</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="89" />
            <source>Reset view</source>
            <translation>重置视图</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="90" />
            <source>Back to x from {0:g} to {1:g}</source>
            <translation>回到 x 从 {0:g} 到 {1:g}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="92" />
            <location filename="../../gui/explorer/controls.py" line="108" />
            <source>x from</source>
            <translation>x 从</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="92" />
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="93" />
            <location filename="../../gui/explorer/controls.py" line="110" />
            <source>points</source>
            <translation>点数</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="109" />
            <source>x to</source>
            <translation>x 到</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="111" />
            <source>ε</source>
            <translation>ε</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="117" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="128" />
            <source>x from and x to must be finite numbers (got {0:g} and {1:g})</source>
            <translation>x 的起点和终点必须是有限数（得到 {0:g} 和 {1:g}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="130" />
            <source>x from ({0:g}) must be below x to ({1:g})</source>
            <translation>x 的起点（{0:g}）必须小于终点（{1:g}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="132" />
            <source>x must lie within ±{0:g} (got {1:g} to {2:g})</source>
            <translation>x 必须在 ±{0:g} 以内（得到 {1:g} 到 {2:g}）</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="134" />
            <source>the range must be at least {0:g} wide</source>
            <translation>范围宽度至少为 {0:g}</translation>
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="139" />
            <source>{0}; the plot keeps [{1:g}, {2:g}]</source>
            <translation>{0}；图保持 [{1:g}, {2:g}]</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <location filename="../../gui/explorer/selftest.py" line="46" />
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>ReLU-like</source>
            <translation>类 ReLU</translation>
        </message>
        <message>
            <source>smooth ReLU-like</source>
            <translation>光滑的类 ReLU</translation>
        </message>
        <message>
            <source>sigmoid-like</source>
            <translation>类 Sigmoid</translation>
        </message>
        <message>
            <source>shrink</source>
            <translation>收缩</translation>
        </message>
        <message>
            <source>linear</source>
            <translation>线性</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>向量</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>ReLU(x) = max(0, x)</source>
            <translation>ReLU(x) = max(0, x)</translation>
        </message>
        <message>
            <source>ReLU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</source>
            <translation>ReLU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>ReLU'(x) = 1 if x &gt; 0, else 0 (PyTorch uses 0 at x = 0)</source>
            <translation>ReLU'(x) = 1（若 x &gt; 0），否则为 0（PyTorch 在 x = 0 处取 0）</translation>
        </message>
        <message>
            <source>ReLU′(&lt;i&gt;x&lt;/i&gt;) = 1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else 0 (0 at &lt;i&gt;x&lt;/i&gt; = 0 in PyTorch)</source>
            <translation>ReLU′(&lt;i&gt;x&lt;/i&gt;) = 1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 0（PyTorch 在 &lt;i&gt;x&lt;/i&gt; = 0 处取 0）</translation>
        </message>
        <message>
            <source>[0, ∞)</source>
            <translation>[0, ∞)</translation>
        </message>
        <message>
            <source>continuous; kink at 0</source>
            <translation>连续；在 0 处有折点</translation>
        </message>
        <message>
            <source>hidden layers (the default first choice)</source>
            <translation>隐藏层（默认的首选）</translation>
        </message>
        <message>
            <source>cheap; gradient 1 for all positive inputs, so deep nets train fast</source>
            <translation>计算开销小；所有正输入的梯度都为 1，所以深层网络训练得快</translation>
        </message>
        <message>
            <source>dead neurons: gradient is exactly 0 for negative inputs; not zero-centred</source>
            <translation>神经元死亡：负输入的梯度恰好为 0；不以零为中心</translation>
        </message>
        <message>
            <source>LeakyReLU(x) = x if x ≥ 0, else negative_slope · x</source>
            <translation>LeakyReLU(x) = x（若 x ≥ 0），否则为 negative_slope · x</translation>
        </message>
        <message>
            <source>LeakyReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; &amp;nbsp;(&lt;i&gt;a&lt;/i&gt; = negative_slope)</source>
            <translation>LeakyReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; ≥ 0），否则为 &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; &amp;nbsp;(&lt;i&gt;a&lt;/i&gt; = negative_slope)</translation>
        </message>
        <message>
            <source>1 if x &gt; 0, else negative_slope (PyTorch uses negative_slope at x = 0)</source>
            <translation>1（若 x &gt; 0），否则为 negative_slope（PyTorch 在 x = 0 处取 negative_slope）</translation>
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt; (&lt;i&gt;a&lt;/i&gt; at &lt;i&gt;x&lt;/i&gt; = 0 in PyTorch)</source>
            <translation>1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 &lt;i&gt;a&lt;/i&gt;（PyTorch 在 &lt;i&gt;x&lt;/i&gt; = 0 处取 &lt;i&gt;a&lt;/i&gt;）</translation>
        </message>
        <message>
            <source>(-∞, ∞)</source>
            <translation>(-∞, ∞)</translation>
        </message>
        <message>
            <source>hidden layers (when ReLU units die)</source>
            <translation>隐藏层（当 ReLU 神经元死亡时）</translation>
        </message>
        <message>
            <source>small non-zero gradient for negative inputs, so no dead neurons</source>
            <translation type="vanished">负输入也有很小的非零梯度，因此没有神经元死亡</translation>
        </message>
        <message>
            <source>slope is a hand-picked hyper-parameter; still a kink at 0</source>
            <translation>斜率是人工选定的超参数；在 0 处仍有折点</translation>
        </message>
        <message>
            <source>slope for x &lt; 0</source>
            <translation>x &lt; 0 时的斜率</translation>
        </message>
        <message>
            <source>PReLU</source>
            <translation>PReLU</translation>
        </message>
        <message>
            <source>PReLU(x) = x if x ≥ 0, else a · x  (a learned, starts at init)</source>
            <translation>PReLU(x) = x（若 x ≥ 0），否则为 a · x（a 可学习，初值为 init）</translation>
        </message>
        <message>
            <source>PReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; (&lt;i&gt;a&lt;/i&gt; learned, starts at init)</source>
            <translation>PReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; ≥ 0），否则为 &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;（&lt;i&gt;a&lt;/i&gt; 可学习，初值为 init）</translation>
        </message>
        <message>
            <source>1 if x &gt; 0, else a</source>
            <translation>1（若 x &gt; 0），否则为 a</translation>
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt;</source>
            <translation>1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 &lt;i&gt;a&lt;/i&gt;</translation>
        </message>
        <message>
            <source>hidden layers (ReLU &gt; Leaky ReLU &gt; PReLU in the usual order of trying)</source>
            <translation>隐藏层（通常的尝试顺序：ReLU &gt; Leaky ReLU &gt; PReLU）</translation>
        </message>
        <message>
            <source>the network learns the negative slope</source>
            <translation>网络自己学习负半轴的斜率</translation>
        </message>
        <message>
            <source>extra parameters; can overfit on small data</source>
            <translation>额外的参数；在小数据上可能过拟合</translation>
        </message>
        <message>
            <source>initial learnable slope for x &lt; 0</source>
            <translation>x &lt; 0 时可学习斜率的初值</translation>
        </message>
        <message>
            <source>RReLU</source>
            <translation>RReLU</translation>
        </message>
        <message>
            <source>RReLU(x) = x if x ≥ 0, else a · x;  a ~ U(lower, upper) in training, (lower + upper)/2 in eval</source>
            <translation>RReLU(x) = x（若 x ≥ 0），否则为 a · x；训练时 a ~ U(lower, upper)，评估时取 (lower + upper)/2</translation>
        </message>
        <message>
            <source>RReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;; &amp;nbsp;&lt;i&gt;a&lt;/i&gt; ~ U(lower, upper) when training, (lower + upper)/2 in eval</source>
            <translation>RReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; ≥ 0），否则为 &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;；&amp;nbsp;训练时 &lt;i&gt;a&lt;/i&gt; ~ U(lower, upper)，评估时取 (lower + upper)/2</translation>
        </message>
        <message>
            <source>hidden layers (randomness acts as a regulariser)</source>
            <translation>隐藏层（随机性起到正则化作用）</translation>
        </message>
        <message>
            <source>random negative slope regularises training</source>
            <translation>随机的负斜率对训练起正则化作用</translation>
        </message>
        <message>
            <source>output is random while training; rarely better than Leaky ReLU</source>
            <translation type="vanished">训练时输出是随机的；很少比 Leaky ReLU 更好</translation>
        </message>
        <message>
            <source>lowest random slope</source>
            <translation>随机斜率的下限</translation>
        </message>
        <message>
            <source>highest random slope</source>
            <translation>随机斜率的上限</translation>
        </message>
        <message>
            <source>true: a random slope per element; false: (lower+upper)/2</source>
            <translation>true：每个元素一个随机斜率；false：(lower+upper)/2</translation>
        </message>
        <message>
            <source>ReLU6</source>
            <translation>ReLU6</translation>
        </message>
        <message>
            <source>ReLU6(x) = min(max(0, x), 6)</source>
            <translation>ReLU6(x) = min(max(0, x), 6)</translation>
        </message>
        <message>
            <source>ReLU6(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</source>
            <translation>ReLU6(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</translation>
        </message>
        <message>
            <source>1 if 0 &lt; x &lt; 6, else 0</source>
            <translation>1（若 0 &lt; x &lt; 6），否则为 0</translation>
        </message>
        <message>
            <source>1 if 0 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 6, else 0</source>
            <translation>1（若 0 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 6），否则为 0</translation>
        </message>
        <message>
            <source>[0, 6]</source>
            <translation>[0, 6]</translation>
        </message>
        <message>
            <source>continuous; kinks at 0 and 6</source>
            <translation>连续；在 0 和 6 处有折点</translation>
        </message>
        <message>
            <source>hidden layers of mobile networks (MobileNet), friendly to low precision</source>
            <translation>移动端网络（MobileNet）的隐藏层，适合低精度</translation>
        </message>
        <message>
            <source>bounded output suits fixed-point and float16 inference</source>
            <translation>有界的输出适合定点和 float16 推理</translation>
        </message>
        <message>
            <source>gradient 0 both below 0 and above 6</source>
            <translation>小于 0 和大于 6 处的梯度都为 0</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Threshold(x) = x if x &gt; threshold, else value</source>
            <translation>Threshold(x) = x（若 x &gt; threshold），否则为 value</translation>
        </message>
        <message>
            <source>Threshold(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold, else value</source>
            <translation>Threshold(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold），否则为 value</translation>
        </message>
        <message>
            <source>1 if x &gt; threshold, else 0</source>
            <translation>1（若 x &gt; threshold），否则为 0</translation>
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold, else 0</source>
            <translation>1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold），否则为 0</translation>
        </message>
        <message>
            <source>depends on threshold and value</source>
            <translation type="vanished">取决于 threshold 和 value</translation>
        </message>
        <message>
            <source>discontinuous at threshold (unless value = threshold)</source>
            <translation>在 threshold 处不连续（除非 value = threshold）</translation>
        </message>
        <message>
            <source>rarely as a hidden activation; a step-like gate</source>
            <translation>很少用作隐藏层激活函数；一种阶跃式的门</translation>
        </message>
        <message>
            <source>simple gating</source>
            <translation>简单的门控</translation>
        </message>
        <message>
            <source>jump in f; gradient 0 below the threshold</source>
            <translation>f 有跳跃；阈值以下梯度为 0</translation>
        </message>
        <message>
            <source>inputs at or below it are replaced</source>
            <translation>小于或等于它的输入会被替换</translation>
        </message>
        <message>
            <source>what replaces them</source>
            <translation>用什么值替换</translation>
        </message>
        <message>
            <source>Hardswish</source>
            <translation>Hardswish</translation>
        </message>
        <message>
            <source>Hardswish(x) = 0 if x ≤ -3;  x if x ≥ 3;  x (x + 3) / 6 otherwise</source>
            <translation>Hardswish(x) = 0（若 x ≤ -3）；x（若 x ≥ 3）；其他情况为 x (x + 3) / 6</translation>
        </message>
        <message>
            <source>Hardswish(&lt;i&gt;x&lt;/i&gt;) = 0 if &lt;i&gt;x&lt;/i&gt; ≤ −3; &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 3; &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; + 3)/6 otherwise</source>
            <translation>Hardswish(&lt;i&gt;x&lt;/i&gt;) = 0（若 &lt;i&gt;x&lt;/i&gt; ≤ −3）；&lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; ≥ 3）；其他情况为 &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; + 3)/6</translation>
        </message>
        <message>
            <source>0 if x &lt; -3;  1 if x &gt; 3;  (2x + 3) / 6 otherwise</source>
            <translation type="vanished">0（若 x &lt; -3）；1（若 x &gt; 3）；其他情况为 (2x + 3) / 6</translation>
        </message>
        <message>
            <source>0 if &lt;i&gt;x&lt;/i&gt; &amp;lt; −3; 1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 3; (2&lt;i&gt;x&lt;/i&gt; + 3)/6 otherwise</source>
            <translation type="vanished">0（若 &lt;i&gt;x&lt;/i&gt; &amp;lt; −3）；1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 3）；其他情况为 (2&lt;i&gt;x&lt;/i&gt; + 3)/6</translation>
        </message>
        <message>
            <source>[-0.375, ∞)</source>
            <translation>[-0.375, ∞)</translation>
        </message>
        <message>
            <source>continuous; kinks at -3 and 3</source>
            <translation>连续；在 -3 和 3 处有折点</translation>
        </message>
        <message>
            <source>hidden layers of mobile networks (MobileNetV3)</source>
            <translation>移动端网络（MobileNetV3）的隐藏层</translation>
        </message>
        <message>
            <source>cheap piecewise approximation of SiLU/swish</source>
            <translation>SiLU/swish 的低开销分段近似</translation>
        </message>
        <message>
            <source>derivative jumps at ±3</source>
            <translation type="vanished">导数在 ±3 处跳跃</translation>
        </message>
        <message>
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <source>ELU(x) = x if x &gt; 0, else alpha · (exp(x) - 1)</source>
            <translation>ELU(x) = x（若 x &gt; 0），否则为 alpha · (exp(x) - 1)</translation>
        </message>
        <message>
            <source>ELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</source>
            <translation>ELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</translation>
        </message>
        <message>
            <source>1 if x &gt; 0, else alpha · exp(x)</source>
            <translation>1（若 x &gt; 0），否则为 alpha · exp(x)</translation>
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
            <translation>1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 α e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>(-alpha, ∞)</source>
            <translation>(-alpha, ∞)</translation>
        </message>
        <message>
            <source>continuous; f' continuous only when alpha = 1</source>
            <translation>连续；仅当 alpha = 1 时 f' 连续</translation>
        </message>
        <message>
            <source>hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <source>negative outputs push the mean activation towards 0; no dead units</source>
            <translation>负输出把激活值的均值推向 0；没有神经元死亡</translation>
        </message>
        <message>
            <source>exp is slower than max; saturates at -alpha</source>
            <translation>exp 比 max 慢；在 -alpha 处饱和</translation>
        </message>
        <message>
            <source>size of the negative saturation</source>
            <translation>负半轴饱和值的大小</translation>
        </message>
        <message>
            <source>CELU</source>
            <translation>CELU</translation>
        </message>
        <message>
            <source>CELU(x) = max(0, x) + min(0, alpha · (exp(x / alpha) - 1))</source>
            <translation>CELU(x) = max(0, x) + min(0, alpha · (exp(x / alpha) - 1))</translation>
        </message>
        <message>
            <source>CELU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;) + min(0, α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1))</source>
            <translation>CELU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;) + min(0, α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1))</translation>
        </message>
        <message>
            <source>1 if x &gt; 0, else exp(x / alpha)</source>
            <translation>1（若 x &gt; 0），否则为 exp(x / alpha)</translation>
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt;</source>
            <translation>1（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>continuously differentiable for every alpha</source>
            <translation>对任意 alpha 都连续可导</translation>
        </message>
        <message>
            <source>like ELU but with a continuous derivative for any alpha</source>
            <translation>与 ELU 相似，但对任意 alpha 导数都连续</translation>
        </message>
        <message>
            <source>PyTorch's CELU gradients are only float32-accurate, even in float64</source>
            <translation type="vanished">PyTorch 的 CELU 梯度只有 float32 的精度，即使在 float64 下也是如此</translation>
        </message>
        <message>
            <source>SELU</source>
            <translation>SELU</translation>
        </message>
        <message>
            <source>SELU(x) = scale · (x if x &gt; 0, else alpha · (exp(x) - 1));  alpha ≈ 1.6733, scale ≈ 1.0507</source>
            <translation>SELU(x) = scale · x（x &gt; 0 时），scale · alpha · (exp(x) - 1)（其他情况）；alpha ≈ 1.6733，scale ≈ 1.0507</translation>
        </message>
        <message>
            <source>SELU(&lt;i&gt;x&lt;/i&gt;) = λ·(&lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)); &amp;nbsp;α ≈ 1.6733, λ ≈ 1.0507</source>
            <translation>SELU(&lt;i&gt;x&lt;/i&gt;) = λ&lt;i&gt;x&lt;/i&gt;（&lt;i&gt;x&lt;/i&gt; &amp;gt; 0 时），λα(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)（其他情况）；&amp;nbsp;α ≈ 1.6733，λ ≈ 1.0507</translation>
        </message>
        <message>
            <source>scale if x &gt; 0, else scale · alpha · exp(x)</source>
            <translation>scale（若 x &gt; 0），否则为 scale · alpha · exp(x)</translation>
        </message>
        <message>
            <source>λ if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else λα e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
            <translation>λ（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; 0），否则为 λα e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>(-1.7581, ∞)</source>
            <translation type="vanished">(-1.7581, ∞)</translation>
        </message>
        <message>
            <source>continuous; kink at 0 (slope 1.0507 right, 1.7581 left)</source>
            <translation>连续；在 0 处有折点（右侧斜率 1.0507，左侧 1.7581）</translation>
        </message>
        <message>
            <source>hidden layers of self-normalising networks (with Kaiming normal, nonlinearity 'linear')</source>
            <translation>自归一化网络的隐藏层（配合正态分布的 Kaiming 初始化，nonlinearity 'linear'）</translation>
        </message>
        <message>
            <source>keeps activations near mean 0, variance 1 through many layers</source>
            <translation type="vanished">在很多层中保持激活值均值接近 0、方差接近 1</translation>
        </message>
        <message>
            <source>needs the matching initialisation and no batch norm to self-normalise</source>
            <translation type="vanished">需要配套的初始化且不能用批归一化，才能自归一化</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>GELU(x) = x · Φ(x) = x/2 · (1 + erf(x / √2));  tanh form: x/2 · (1 + tanh(√(2/π) (x + 0.044715 x³)))</source>
            <translation>GELU(x) = x · Φ(x) = x/2 · (1 + erf(x / √2))；tanh 形式：x/2 · (1 + tanh(√(2/π) (x + 0.044715 x³)))</translation>
        </message>
        <message>
            <source>GELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2)); tanh form ½&lt;i&gt;x&lt;/i&gt;(1 + tanh(√(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))</source>
            <translation>GELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2))；tanh 形式 ½&lt;i&gt;x&lt;/i&gt;(1 + tanh(√(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))</translation>
        </message>
        <message>
            <source>GELU'(x) = Φ(x) + x · φ(x)</source>
            <translation type="vanished">GELU'(x) = Φ(x) + x · φ(x)</translation>
        </message>
        <message>
            <source>GELU′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="vanished">GELU′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>[-0.17, ∞)</source>
            <translation>[-0.17, ∞)</translation>
        </message>
        <message>
            <source>smooth (infinitely differentiable)</source>
            <translation>光滑（无穷次可导）</translation>
        </message>
        <message>
            <source>hidden layers of transformers (BERT, GPT)</source>
            <translation>Transformer（BERT、GPT）的隐藏层</translation>
        </message>
        <message>
            <source>smooth; weights inputs by how likely they are to be positive</source>
            <translation>光滑；按输入为正的可能性对其加权</translation>
        </message>
        <message>
            <source>costlier than ReLU; dips slightly below 0</source>
            <translation>比 ReLU 开销大；会略微低于 0</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>tanh</source>
            <translation>tanh</translation>
        </message>
        <message>
            <source>'tanh' uses the tanh approximation</source>
            <translation>'tanh' 使用 tanh 近似</translation>
        </message>
        <message>
            <source>SiLU (swish)</source>
            <translation>SiLU（swish）</translation>
        </message>
        <message>
            <source>SiLU(x) = x · σ(x)</source>
            <translation>SiLU(x) = x · σ(x)</translation>
        </message>
        <message>
            <source>SiLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation>SiLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>SiLU'(x) = σ(x) · (1 + x · (1 - σ(x)))</source>
            <translation>SiLU'(x) = σ(x) · (1 + x · (1 - σ(x)))</translation>
        </message>
        <message>
            <source>SiLU′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 + &lt;i&gt;x&lt;/i&gt;(1 − σ(&lt;i&gt;x&lt;/i&gt;)))</source>
            <translation>SiLU′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 + &lt;i&gt;x&lt;/i&gt;(1 − σ(&lt;i&gt;x&lt;/i&gt;)))</translation>
        </message>
        <message>
            <source>[-0.278, ∞)</source>
            <translation type="vanished">[-0.278, ∞)</translation>
        </message>
        <message>
            <source>hidden layers (EfficientNet, many CNNs)</source>
            <translation>隐藏层（EfficientNet 及许多 CNN）</translation>
        </message>
        <message>
            <source>smooth, non-monotonic bump helps optimisation</source>
            <translation>光滑、非单调的小凸起有助于优化</translation>
        </message>
        <message>
            <source>costlier than ReLU</source>
            <translation>比 ReLU 开销大</translation>
        </message>
        <message>
            <source>Mish</source>
            <translation>Mish</translation>
        </message>
        <message>
            <source>Mish(x) = x · tanh(softplus(x))</source>
            <translation>Mish(x) = x · tanh(softplus(x))</translation>
        </message>
        <message>
            <source>Mish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</source>
            <translation>Mish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</translation>
        </message>
        <message>
            <source>Mish'(x) = tanh(sp) + x · sech²(sp) · σ(x),  sp = softplus(x)</source>
            <translation>Mish'(x) = tanh(sp) + x · sech²(sp) · σ(x)，sp = softplus(x)</translation>
        </message>
        <message>
            <source>Mish′(&lt;i&gt;x&lt;/i&gt;) = tanh(&lt;i&gt;s&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·sech²(&lt;i&gt;s&lt;/i&gt;)·σ(&lt;i&gt;x&lt;/i&gt;), &lt;i&gt;s&lt;/i&gt; = ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation>Mish′(&lt;i&gt;x&lt;/i&gt;) = tanh(&lt;i&gt;s&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·sech²(&lt;i&gt;s&lt;/i&gt;)·σ(&lt;i&gt;x&lt;/i&gt;)，&lt;i&gt;s&lt;/i&gt; = ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
        </message>
        <message>
            <source>[-0.309, ∞)</source>
            <translation type="vanished">[-0.309, ∞)</translation>
        </message>
        <message>
            <source>hidden layers (YOLOv4)</source>
            <translation>隐藏层（YOLOv4）</translation>
        </message>
        <message>
            <source>smooth, self-regularising shape close to SiLU</source>
            <translation>光滑、带自正则化的形状，接近 SiLU</translation>
        </message>
        <message>
            <source>the costliest of the ReLU family</source>
            <translation>ReLU 家族中开销最大的</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <source>Softplus(x) = (1 / beta) · ln(1 + exp(beta · x));  x where beta · x &gt; threshold</source>
            <translation>Softplus(x) = (1 / beta) · ln(1 + exp(beta · x))；当 beta · x &gt; threshold 时为 x</translation>
        </message>
        <message>
            <source>Softplus(&lt;i&gt;x&lt;/i&gt;) = (1/β) ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;); &lt;i&gt;x&lt;/i&gt; where β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold</source>
            <translation>Softplus(&lt;i&gt;x&lt;/i&gt;) = (1/β) ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)；当 β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold 时为 &lt;i&gt;x&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Softplus'(x) = σ(beta · x)  (1 where beta · x &gt; threshold)</source>
            <translation>Softplus'(x) = σ(beta · x)（当 beta · x &gt; threshold 时为 1）</translation>
        </message>
        <message>
            <source>Softplus′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;) (1 where β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold)</source>
            <translation>Softplus′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;)（当 β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold 时为 1）</translation>
        </message>
        <message>
            <source>(0, ∞)</source>
            <translation>(0, ∞)</translation>
        </message>
        <message>
            <source>smooth (the linear switch at the threshold is invisible in float32)</source>
            <translation type="vanished">光滑（在 threshold 处切换为线性，在 float32 下看不出来）</translation>
        </message>
        <message>
            <source>hidden layers; outputs that must be positive (a variance, a rate)</source>
            <translation>隐藏层；必须为正的输出（方差、速率）</translation>
        </message>
        <message>
            <source>a smooth ReLU with a gradient everywhere</source>
            <translation>处处有梯度的光滑 ReLU</translation>
        </message>
        <message>
            <source>never exactly 0; exp and log are slower</source>
            <translation type="vanished">从不恰好为 0；exp 和 log 较慢</translation>
        </message>
        <message>
            <source>sharpness; large beta approaches ReLU</source>
            <translation>锐度；beta 越大越接近 ReLU</translation>
        </message>
        <message>
            <source>above beta·x &gt; threshold the function is x</source>
            <translation>当 beta·x &gt; threshold 时函数为 x</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>σ(x) = 1 / (1 + exp(-x))</source>
            <translation>σ(x) = 1 / (1 + exp(-x))</translation>
        </message>
        <message>
            <source>σ(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation>σ(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
        </message>
        <message>
            <source>σ'(x) = σ(x) · (1 - σ(x))</source>
            <translation>σ'(x) = σ(x) · (1 - σ(x))</translation>
        </message>
        <message>
            <source>σ′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 − σ(&lt;i&gt;x&lt;/i&gt;))</source>
            <translation>σ′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 − σ(&lt;i&gt;x&lt;/i&gt;))</translation>
        </message>
        <message>
            <source>(0, 1)</source>
            <translation>(0, 1)</translation>
        </message>
        <message>
            <source>output layer for binary classification (with BCELoss)</source>
            <translation type="vanished">二分类的输出层（配合 BCELoss）</translation>
        </message>
        <message>
            <source>output reads as a probability</source>
            <translation>输出可以看作概率</translation>
        </message>
        <message>
            <source>saturates for |x| &gt; 5, so gradients vanish within a few layers; not zero-centred</source>
            <translation type="vanished">|x| &gt; 5 时饱和，几层之内梯度就会消失；不以零为中心</translation>
        </message>
        <message>
            <source>binary classification</source>
            <translation>二分类</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))</source>
            <translation>tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))</translation>
        </message>
        <message>
            <source>tanh(&lt;i&gt;x&lt;/i&gt;) = (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) / (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation>tanh(&lt;i&gt;x&lt;/i&gt;) = (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) / (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
        </message>
        <message>
            <source>tanh'(x) = 1 - tanh²(x)</source>
            <translation>tanh'(x) = 1 - tanh²(x)</translation>
        </message>
        <message>
            <source>tanh′(&lt;i&gt;x&lt;/i&gt;) = 1 − tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation>tanh′(&lt;i&gt;x&lt;/i&gt;) = 1 − tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>(-1, 1)</source>
            <translation>(-1, 1)</translation>
        </message>
        <message>
            <source>hidden layers of shallow nets and RNNs</source>
            <translation>浅层网络和 RNN 的隐藏层</translation>
        </message>
        <message>
            <source>zero-centred; gradient up to 1 (four times sigmoid's)</source>
            <translation>以零为中心；梯度最大为 1（sigmoid 的四倍）</translation>
        </message>
        <message>
            <source>still saturates for |x| &gt; 3, gradients vanish in deep nets</source>
            <translation>|x| &gt; 3 时仍会饱和，深层网络中梯度消失</translation>
        </message>
        <message>
            <source>Hardtanh</source>
            <translation>Hardtanh</translation>
        </message>
        <message>
            <source>Hardtanh(x) = min(max(x, min_val), max_val)</source>
            <translation>Hardtanh(x) = min(max(x, min_val), max_val)</translation>
        </message>
        <message>
            <source>Hardtanh(&lt;i&gt;x&lt;/i&gt;) = min(max(&lt;i&gt;x&lt;/i&gt;, min_val), max_val)</source>
            <translation>Hardtanh(&lt;i&gt;x&lt;/i&gt;) = min(max(&lt;i&gt;x&lt;/i&gt;, min_val), max_val)</translation>
        </message>
        <message>
            <source>1 if min_val &lt; x &lt; max_val, else 0</source>
            <translation>1（若 min_val &lt; x &lt; max_val），否则为 0</translation>
        </message>
        <message>
            <source>1 if min_val &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; max_val, else 0</source>
            <translation>1（若 min_val &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; max_val），否则为 0</translation>
        </message>
        <message>
            <source>[min_val, max_val]</source>
            <translation>[min_val, max_val]</translation>
        </message>
        <message>
            <source>continuous; kinks at min_val and max_val</source>
            <translation>连续；在 min_val 和 max_val 处有折点</translation>
        </message>
        <message>
            <source>hidden layers where a cheap tanh is wanted; quantised nets</source>
            <translation>需要低开销 tanh 的隐藏层；量化网络</translation>
        </message>
        <message>
            <source>cheap; exactly linear in the middle</source>
            <translation>开销小；中间段完全线性</translation>
        </message>
        <message>
            <source>gradient exactly 0 outside the clip range</source>
            <translation>截断范围之外梯度恰好为 0</translation>
        </message>
        <message>
            <source>lower clip</source>
            <translation>下截断值</translation>
        </message>
        <message>
            <source>upper clip</source>
            <translation>上截断值</translation>
        </message>
        <message>
            <source>Hardsigmoid</source>
            <translation>Hardsigmoid</translation>
        </message>
        <message>
            <source>Hardsigmoid(x) = 0 if x ≤ -3;  1 if x ≥ 3;  x / 6 + 1/2 otherwise</source>
            <translation>Hardsigmoid(x) = 0（若 x ≤ -3）；1（若 x ≥ 3）；其他情况为 x / 6 + 1/2</translation>
        </message>
        <message>
            <source>Hardsigmoid(&lt;i&gt;x&lt;/i&gt;) = 0 if &lt;i&gt;x&lt;/i&gt; ≤ −3; 1 if &lt;i&gt;x&lt;/i&gt; ≥ 3; &lt;i&gt;x&lt;/i&gt;/6 + ½ otherwise</source>
            <translation>Hardsigmoid(&lt;i&gt;x&lt;/i&gt;) = 0（若 &lt;i&gt;x&lt;/i&gt; ≤ −3）；1（若 &lt;i&gt;x&lt;/i&gt; ≥ 3）；其他情况为 &lt;i&gt;x&lt;/i&gt;/6 + ½</translation>
        </message>
        <message>
            <source>1/6 if -3 &lt; x &lt; 3, else 0</source>
            <translation>1/6（若 -3 &lt; x &lt; 3），否则为 0</translation>
        </message>
        <message>
            <source>1/6 if −3 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 3, else 0</source>
            <translation>1/6（若 −3 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 3），否则为 0</translation>
        </message>
        <message>
            <source>[0, 1]</source>
            <translation>[0, 1]</translation>
        </message>
        <message>
            <source>gates in mobile networks</source>
            <translation>移动端网络中的门控</translation>
        </message>
        <message>
            <source>cheap sigmoid substitute</source>
            <translation>sigmoid 的低开销替代</translation>
        </message>
        <message>
            <source>gradient 0 outside [-3, 3]</source>
            <translation>[-3, 3] 之外梯度为 0</translation>
        </message>
        <message>
            <source>f'' by autograd on the equal form relu6(x + 3) / 6: PyTorch has no derivative for hardsigmoid_backward</source>
            <translation>f'' 由 autograd 在等价形式 relu6(x + 3) / 6 上求得：PyTorch 没有 hardsigmoid_backward 的导数</translation>
        </message>
        <message>
            <source>Softsign</source>
            <translation>Softsign</translation>
        </message>
        <message>
            <source>Softsign(x) = x / (1 + |x|)</source>
            <translation>Softsign(x) = x / (1 + |x|)</translation>
        </message>
        <message>
            <source>Softsign(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (1 + |&lt;i&gt;x&lt;/i&gt;|)</source>
            <translation>Softsign(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (1 + |&lt;i&gt;x&lt;/i&gt;|)</translation>
        </message>
        <message>
            <source>Softsign'(x) = 1 / (1 + |x|)²</source>
            <translation>Softsign'(x) = 1 / (1 + |x|)²</translation>
        </message>
        <message>
            <source>Softsign′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + |&lt;i&gt;x&lt;/i&gt;|)&lt;sup&gt;2&lt;/sup&gt;</source>
            <translation>Softsign′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + |&lt;i&gt;x&lt;/i&gt;|)&lt;sup&gt;2&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>continuously differentiable; f'' jumps at 0</source>
            <translation>连续可导；f'' 在 0 处跳跃</translation>
        </message>
        <message>
            <source>hidden layers, as a slower-saturating tanh</source>
            <translation>隐藏层，作为饱和得更慢的 tanh</translation>
        </message>
        <message>
            <source>saturates polynomially, more gently than tanh</source>
            <translation>以多项式速度饱和，比 tanh 更平缓</translation>
        </message>
        <message>
            <source>still saturates; rarely used today</source>
            <translation>仍会饱和；如今很少使用</translation>
        </message>
        <message>
            <source>LogSigmoid</source>
            <translation>LogSigmoid</translation>
        </message>
        <message>
            <source>LogSigmoid(x) = ln(σ(x)) = -softplus(-x)</source>
            <translation>LogSigmoid(x) = ln(σ(x)) = -softplus(-x)</translation>
        </message>
        <message>
            <source>LogSigmoid(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation>LogSigmoid(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</translation>
        </message>
        <message>
            <source>LogSigmoid'(x) = 1 - σ(x)</source>
            <translation>LogSigmoid'(x) = 1 - σ(x)</translation>
        </message>
        <message>
            <source>LogSigmoid′(&lt;i&gt;x&lt;/i&gt;) = 1 − σ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation>LogSigmoid′(&lt;i&gt;x&lt;/i&gt;) = 1 − σ(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>(-∞, 0)</source>
            <translation>(-∞, 0)</translation>
        </message>
        <message>
            <source>inside losses (log-likelihood of a binary label), numerically stable</source>
            <translation>在损失函数内部（二值标签的对数似然），数值稳定</translation>
        </message>
        <message>
            <source>stable log of a probability</source>
            <translation>概率的稳定对数</translation>
        </message>
        <message>
            <source>not used as a hidden activation</source>
            <translation>不用作隐藏层激活函数</translation>
        </message>
        <message>
            <source>Tanhshrink</source>
            <translation>Tanhshrink</translation>
        </message>
        <message>
            <source>Tanhshrink(x) = x - tanh(x)</source>
            <translation>Tanhshrink(x) = x - tanh(x)</translation>
        </message>
        <message>
            <source>Tanhshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation>Tanhshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>Tanhshrink'(x) = tanh²(x)</source>
            <translation>Tanhshrink'(x) = tanh²(x)</translation>
        </message>
        <message>
            <source>Tanhshrink′(&lt;i&gt;x&lt;/i&gt;) = tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation>Tanhshrink′(&lt;i&gt;x&lt;/i&gt;) = tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>sparse coding; rarely a hidden activation</source>
            <translation>稀疏编码；很少用作隐藏层激活函数</translation>
        </message>
        <message>
            <source>pushes small values towards 0 smoothly</source>
            <translation>光滑地把小的值推向 0</translation>
        </message>
        <message>
            <source>gradient near 0 for small inputs</source>
            <translation>小输入处梯度接近 0</translation>
        </message>
        <message>
            <source>Softshrink</source>
            <translation>Softshrink</translation>
        </message>
        <message>
            <source>Softshrink(x) = x - lambd if x &gt; lambd;  x + lambd if x &lt; -lambd;  0 otherwise</source>
            <translation>Softshrink(x) = x - lambd（若 x &gt; lambd）；x + lambd（若 x &lt; -lambd）；其他情况为 0</translation>
        </message>
        <message>
            <source>Softshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − λ if &lt;i&gt;x&lt;/i&gt; &amp;gt; λ; &lt;i&gt;x&lt;/i&gt; + λ if &lt;i&gt;x&lt;/i&gt; &amp;lt; −λ; 0 otherwise</source>
            <translation>Softshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − λ（若 &lt;i&gt;x&lt;/i&gt; &amp;gt; λ）；&lt;i&gt;x&lt;/i&gt; + λ（若 &lt;i&gt;x&lt;/i&gt; &amp;lt; −λ）；其他情况为 0</translation>
        </message>
        <message>
            <source>1 if |x| &gt; lambd, else 0</source>
            <translation>1（若 |x| &gt; lambd），否则为 0</translation>
        </message>
        <message>
            <source>1 if |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ, else 0</source>
            <translation>1（若 |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ），否则为 0</translation>
        </message>
        <message>
            <source>continuous; kinks at ±lambd</source>
            <translation>连续；在 ±lambd 处有折点</translation>
        </message>
        <message>
            <source>sparse coding, denoising (soft thresholding)</source>
            <translation>稀疏编码、去噪（软阈值）</translation>
        </message>
        <message>
            <source>produces exact zeros: sparse outputs</source>
            <translation>产生精确的零：稀疏输出</translation>
        </message>
        <message>
            <source>gradient 0 inside the band</source>
            <translation>零带内梯度为 0</translation>
        </message>
        <message>
            <source>half-width of the zero band</source>
            <translation>零带的半宽</translation>
        </message>
        <message>
            <source>Hardshrink</source>
            <translation>Hardshrink</translation>
        </message>
        <message>
            <source>Hardshrink(x) = x if |x| &gt; lambd, else 0</source>
            <translation>Hardshrink(x) = x（若 |x| &gt; lambd），否则为 0</translation>
        </message>
        <message>
            <source>Hardshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ, else 0</source>
            <translation>Hardshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;（若 |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ），否则为 0</translation>
        </message>
        <message>
            <source>discontinuous at ±lambd</source>
            <translation type="vanished">在 ±lambd 处不连续</translation>
        </message>
        <message>
            <source>sparse coding (hard thresholding)</source>
            <translation>稀疏编码（硬阈值）</translation>
        </message>
        <message>
            <source>keeps large values unchanged, zeroes small ones</source>
            <translation>大的值保持不变，小的值置零</translation>
        </message>
        <message>
            <source>jumps at ±lambd; gradient 0 inside the band</source>
            <translation>在 ±lambd 处跳跃；零带内梯度为 0</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Identity(x) = x</source>
            <translation>Identity(x) = x</translation>
        </message>
        <message>
            <source>Identity(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;</source>
            <translation>Identity(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Identity'(x) = 1</source>
            <translation>Identity'(x) = 1</translation>
        </message>
        <message>
            <source>Identity′(&lt;i&gt;x&lt;/i&gt;) = 1</source>
            <translation>Identity′(&lt;i&gt;x&lt;/i&gt;) = 1</translation>
        </message>
        <message>
            <source>smooth (linear)</source>
            <translation>光滑（线性）</translation>
        </message>
        <message>
            <source>output layer for regression</source>
            <translation>回归问题的输出层</translation>
        </message>
        <message>
            <source>no distortion of the output scale</source>
            <translation>不扭曲输出的尺度</translation>
        </message>
        <message>
            <source>no non-linearity: stacked linear layers collapse into one</source>
            <translation>没有非线性：堆叠的线性层会合并为一层</translation>
        </message>
        <message>
            <source>regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>softmax(x)_i = exp(x_i / T) / Σ_j exp(x_j / T)</source>
            <translation>softmax(x)_i = exp(x_i / T) / Σ_j exp(x_j / T)</translation>
        </message>
        <message>
            <source>softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation>softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>∂p_i/∂x_j = p_i (δ_ij - p_j) / T   (the Jacobian diag(p) - p pᵀ, over T)</source>
            <translation>∂p_i/∂x_j = p_i (δ_ij - p_j) / T   （雅可比矩阵 diag(p) - p pᵀ，再除以 T）</translation>
        </message>
        <message>
            <source>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T &amp;nbsp;— the Jacobian (diag(&lt;b&gt;p&lt;/b&gt;) − &lt;b&gt;p&lt;/b&gt;&lt;b&gt;p&lt;/b&gt;&lt;sup&gt;T&lt;/sup&gt;)/T</source>
            <translation>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T &amp;nbsp;— 雅可比矩阵 (diag(&lt;b&gt;p&lt;/b&gt;) − &lt;b&gt;p&lt;/b&gt;&lt;b&gt;p&lt;/b&gt;&lt;sup&gt;T&lt;/sup&gt;)/T</translation>
        </message>
        <message>
            <source>(0, 1), summing to 1</source>
            <translation>(0, 1)，总和为 1</translation>
        </message>
        <message>
            <source>output layer for multi-class classification (CrossEntropyLoss applies it for you)</source>
            <translation type="vanished">多分类的输出层（CrossEntropyLoss 会替你应用它）</translation>
        </message>
        <message>
            <source>turns scores into a probability distribution</source>
            <translation>把分数变成概率分布</translation>
        </message>
        <message>
            <source>its derivative is a Jacobian, not softmax applied twice</source>
            <translation>它的导数是雅可比矩阵，而不是再做一次 softmax</translation>
        </message>
        <message>
            <source>divides the input before the function</source>
            <translation>代入函数前，先将输入除以 T（x / T）</translation>
        </message>
        <message>
            <source>multi-class classification</source>
            <translation>多分类</translation>
        </message>
        <message>
            <source>LogSoftmax</source>
            <translation>LogSoftmax</translation>
        </message>
        <message>
            <source>log_softmax(x)_i = x_i / T - ln Σ_j exp(x_j / T)</source>
            <translation>log_softmax(x)_i = x_i / T - ln Σ_j exp(x_j / T)</translation>
        </message>
        <message>
            <source>log_softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T − ln Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation>log_softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T − ln Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>∂y_i/∂x_j = (δ_ij - p_j) / T</source>
            <translation>∂y_i/∂x_j = (δ_ij - p_j) / T</translation>
        </message>
        <message>
            <source>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = (δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</source>
            <translation>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = (δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</translation>
        </message>
        <message>
            <source>output layer with NLLLoss</source>
            <translation type="vanished">配合 NLLLoss 的输出层</translation>
        </message>
        <message>
            <source>numerically stable log-probabilities</source>
            <translation>数值稳定的对数概率</translation>
        </message>
        <message>
            <source>outputs are logs, not probabilities</source>
            <translation>输出是对数，不是概率</translation>
        </message>
        <message>
            <source>Softmin</source>
            <translation>Softmin</translation>
        </message>
        <message>
            <source>softmin(x)_i = exp(-x_i / T) / Σ_j exp(-x_j / T)</source>
            <translation>softmin(x)_i = exp(-x_i / T) / Σ_j exp(-x_j / T)</translation>
        </message>
        <message>
            <source>softmin(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation>softmin(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</translation>
        </message>
        <message>
            <source>∂p_i/∂x_j = -p_i (δ_ij - p_j) / T</source>
            <translation>∂p_i/∂x_j = -p_i (δ_ij - p_j) / T</translation>
        </message>
        <message>
            <source>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = −&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</source>
            <translation>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = −&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</translation>
        </message>
        <message>
            <source>attention over costs or distances (small is likely)</source>
            <translation>基于代价或距离的注意力（值越小，概率越大）</translation>
        </message>
        <message>
            <source>a distribution that favours the smallest input</source>
            <translation>偏向最小输入的分布</translation>
        </message>
        <message>
            <source>rarely needed: softmax of -x is the same</source>
            <translation>很少需要：对 -x 做 softmax 结果相同</translation>
        </message>
        <message>
            <source>GLU</source>
            <translation>GLU</translation>
        </message>
        <message>
            <source>GLU(a, b) = a ⊗ σ(b), where the input splits in half: x = (a, b)</source>
            <translation>GLU(a, b) = a ⊗ σ(b)，其中输入被分成两半：x = (a, b)</translation>
        </message>
        <message>
            <source>GLU(&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;) = &lt;b&gt;a&lt;/b&gt; ⊗ σ(&lt;b&gt;b&lt;/b&gt;), input split in halves &lt;b&gt;x&lt;/b&gt; = (&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;)</source>
            <translation>GLU(&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;) = &lt;b&gt;a&lt;/b&gt; ⊗ σ(&lt;b&gt;b&lt;/b&gt;)，输入分成两半 &lt;b&gt;x&lt;/b&gt; = (&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;)</translation>
        </message>
        <message>
            <source>∂y_i/∂a_i = σ(b_i);  ∂y_i/∂b_i = a_i σ(b_i)(1 - σ(b_i))</source>
            <translation>∂y_i/∂a_i = σ(b_i)；∂y_i/∂b_i = a_i σ(b_i)(1 - σ(b_i))</translation>
        </message>
        <message>
            <source>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = σ(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;); ∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;σ′(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)</source>
            <translation>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = σ(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)；∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;σ′(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)</translation>
        </message>
        <message>
            <source>(-∞, ∞), half the input's length</source>
            <translation>(-∞, ∞)，长度为输入的一半</translation>
        </message>
        <message>
            <source>gated layers in language models (GLU, SwiGLU variants)</source>
            <translation>语言模型中的门控层（GLU、SwiGLU 等变体）</translation>
        </message>
        <message>
            <source>a learned gate controls what passes</source>
            <translation>一个可学习的门控制什么能通过</translation>
        </message>
        <message>
            <source>halves the width; needs an even-length input</source>
            <translation>宽度减半；需要偶数长度的输入</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>均匀分布</translation>
        </message>
        <message>
            <source>W ~ U(a, b)</source>
            <translation>W ~ U(a, b)</translation>
        </message>
        <message>
            <source>every value in [a, b] equally likely; the scale ignores the layer size</source>
            <translation>[a, b] 中每个值的可能性相同；尺度不考虑层的大小</translation>
        </message>
        <message>
            <source>lower bound</source>
            <translation>下界</translation>
        </message>
        <message>
            <source>upper bound</source>
            <translation>上界</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>正态分布</translation>
        </message>
        <message>
            <source>W ~ N(mean, std²)</source>
            <translation>W ~ N(mean, std²)</translation>
        </message>
        <message>
            <source>a fixed std ignores the layer size: deep nets explode or vanish unless std ≈ 1/√fan_in</source>
            <translation type="vanished">固定的标准差不考虑层的大小：除非 std ≈ 1/√fan_in，否则深层网络会爆炸或消失</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>常数</translation>
        </message>
        <message>
            <source>W = val</source>
            <translation>W = val</translation>
        </message>
        <message>
            <source>all units of a layer compute the same thing and get the same gradient: symmetry is never broken</source>
            <translation>一层的所有神经元计算相同的东西、得到相同的梯度：对称性永远不会被打破</translation>
        </message>
        <message>
            <source>the value of every weight</source>
            <translation>每个权重的值</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>全 1</translation>
        </message>
        <message>
            <source>W = 1</source>
            <translation>W = 1</translation>
        </message>
        <message>
            <source>a constant: no symmetry breaking, and the output grows with the layer width</source>
            <translation>常数：不打破对称性，且输出随层宽度增大</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>全 0</translation>
        </message>
        <message>
            <source>W = 0</source>
            <translation>W = 0</translation>
        </message>
        <message>
            <source>fine for biases; for weights every hidden unit stays identical (and ReLU nets get no gradient)</source>
            <translation type="vanished">适合偏置；用于权重时每个隐藏神经元都保持相同（ReLU 网络得不到梯度）</translation>
        </message>
        <message>
            <source>Identity (eye)</source>
            <translation>单位矩阵（eye）</translation>
        </message>
        <message>
            <source>W = I (ones on the diagonal)</source>
            <translation>W = I（对角线为 1）</translation>
        </message>
        <message>
            <source>a Linear layer that passes its input through: keeps the identity in residual-style deep nets</source>
            <translation>让输入原样通过的 Linear 层：在残差式深层网络中保持恒等映射</translation>
        </message>
        <message>
            <source>Dirac</source>
            <translation>Dirac</translation>
        </message>
        <message>
            <source>W[i, i, centre] = 1, else 0</source>
            <translation>W[i, i, centre] = 1，其余为 0</translation>
        </message>
        <message>
            <source>a convolution that copies its input channels: the identity for conv layers</source>
            <translation>复制输入通道的卷积：卷积层的恒等映射</translation>
        </message>
        <message>
            <source>number of groups</source>
            <translation>分组数</translation>
        </message>
        <message>
            <source>Xavier (Glorot) uniform</source>
            <translation>均匀分布的 Xavier（Glorot）初始化</translation>
        </message>
        <message>
            <source>W ~ U(−b, b), b = gain·√(6 / (fan_in + fan_out))</source>
            <translation>W ~ U(−b, b)，b = gain·√(6 / (fan_in + fan_out))</translation>
        </message>
        <message>
            <source>Glorot &amp; Bengio 2010: variance 2/(fan_in + fan_out) keeps activations and gradients steady for tanh-like units; ReLU nets fade with it</source>
            <translation>Glorot 与 Bengio 2010：方差 2/(fan_in + fan_out) 让类 tanh 神经元的激活值和梯度保持稳定；用于 ReLU 网络时，信号会逐层衰减</translation>
        </message>
        <message>
            <source>scales the standard deviation</source>
            <translation>缩放标准差</translation>
        </message>
        <message>
            <source>Xavier (Glorot) normal</source>
            <translation>正态分布的 Xavier（Glorot）初始化</translation>
        </message>
        <message>
            <source>W ~ N(0, std²), std = gain·√(2 / (fan_in + fan_out))</source>
            <translation>W ~ N(0, std²)，std = gain·√(2 / (fan_in + fan_out))</translation>
        </message>
        <message>
            <source>Glorot &amp; Bengio 2010: the compromise between forward (fan_in) and backward (fan_out) variance</source>
            <translation>Glorot 与 Bengio 2010：前向（扇入 fan_in）与反向（扇出 fan_out）方差之间的折中</translation>
        </message>
        <message>
            <source>Kaiming (He) uniform</source>
            <translation>均匀分布的 Kaiming（He）初始化</translation>
        </message>
        <message>
            <source>W ~ U(−b, b), b = gain·√(3 / fan_mode)</source>
            <translation>W ~ U(−b, b)，b = gain·√(3 / fan_mode)</translation>
        </message>
        <message>
            <source>He et al. 2015: variance 2/fan_in keeps ReLU activations steady through depth</source>
            <translation>He 等人 2015：方差 2/fan_in 让 ReLU 激活值在各层之间保持稳定</translation>
        </message>
        <message>
            <source>negative slope of the leaky ReLU after this layer (used by leaky_relu)</source>
            <translation>此层之后 leaky ReLU 的负斜率（用于 leaky_relu）</translation>
        </message>
        <message>
            <source>fan_in</source>
            <translation>fan_in</translation>
        </message>
        <message>
            <source>fan_out</source>
            <translation>fan_out</translation>
        </message>
        <message>
            <source>fan_in keeps the forward variance, fan_out the backward variance</source>
            <translation>fan_in（扇入）保持前向方差，fan_out（扇出）保持反向方差</translation>
        </message>
        <message>
            <source>leaky_relu</source>
            <translation>leaky_relu</translation>
        </message>
        <message>
            <source>conv1d</source>
            <translation>conv1d</translation>
        </message>
        <message>
            <source>conv2d</source>
            <translation>conv2d</translation>
        </message>
        <message>
            <source>conv3d</source>
            <translation>conv3d</translation>
        </message>
        <message>
            <source>conv_transpose1d</source>
            <translation>conv_transpose1d</translation>
        </message>
        <message>
            <source>conv_transpose2d</source>
            <translation>conv_transpose2d</translation>
        </message>
        <message>
            <source>conv_transpose3d</source>
            <translation>conv_transpose3d</translation>
        </message>
        <message>
            <source>sigmoid</source>
            <translation>sigmoid</translation>
        </message>
        <message>
            <source>relu</source>
            <translation>relu</translation>
        </message>
        <message>
            <source>selu</source>
            <translation>selu</translation>
        </message>
        <message>
            <source>the activation after this layer; chooses the gain</source>
            <translation>此层之后的激活函数；决定增益</translation>
        </message>
        <message>
            <source>Kaiming (He) normal</source>
            <translation>正态分布的 Kaiming（He）初始化</translation>
        </message>
        <message>
            <source>W ~ N(0, std²), std = gain / √fan_mode</source>
            <translation>W ~ N(0, std²)，std = gain / √fan_mode</translation>
        </message>
        <message>
            <source>He et al. 2015: ReLU zeroes half its inputs, so the weights need twice the variance (gain √2)</source>
            <translation>He 等人 2015：ReLU 把一半的输入置零，所以权重需要两倍的方差（增益 √2）</translation>
        </message>
        <message>
            <source>Truncated normal</source>
            <translation>截断正态分布初始化</translation>
        </message>
        <message>
            <source>W ~ N(mean, std²) redrawn until a ≤ W ≤ b</source>
            <translation>W ~ N(mean, std²)，重新抽取直到 a ≤ W ≤ b</translation>
        </message>
        <message>
            <source>no outliers; note a and b are absolute values, and the real std is below the std argument</source>
            <translation>没有离群值；注意 a 和 b 是绝对值，实际标准差小于参数 std</translation>
        </message>
        <message>
            <source>lower cut-off (absolute, not in std units)</source>
            <translation>下截断点（绝对值，不以标准差为单位）</translation>
        </message>
        <message>
            <source>upper cut-off (absolute, not in std units)</source>
            <translation>上截断点（绝对值，不以标准差为单位）</translation>
        </message>
        <message>
            <source>Orthogonal</source>
            <translation>正交初始化</translation>
        </message>
        <message>
            <source>W = gain·Q, Q from the QR decomposition of a normal matrix</source>
            <translation>W = gain·Q，Q 来自正态随机矩阵的 QR 分解</translation>
        </message>
        <message>
            <source>Saxe et al. 2014: all singular values equal gain, so a linear deep net preserves norms exactly</source>
            <translation type="vanished">Saxe 等 2014：所有奇异值都等于增益，因此线性深层网络精确地保持范数</translation>
        </message>
        <message>
            <source>Sparse</source>
            <translation>稀疏初始化</translation>
        </message>
        <message>
            <source>W ~ N(0, std²), then ⌈sparsity·rows⌉ entries of each column set to 0</source>
            <translation>W ~ N(0, std²)，然后每列中 ⌈sparsity·rows⌉ 个元素置为 0</translation>
        </message>
        <message>
            <source>Martens 2010: each unit sees only some inputs</source>
            <translation type="vanished">Martens 2010：每个神经元只看到部分输入</translation>
        </message>
        <message>
            <source>share of each column set to zero</source>
            <translation>每列置零的比例</translation>
        </message>
        <message>
            <source>PyTorch default for nn.Linear</source>
            <translation>nn.Linear 的 PyTorch 默认初始化</translation>
        </message>
        <message>
            <source>W ~ U(−1/√fan_in, 1/√fan_in)  (kaiming_uniform_ with a = √5)</source>
            <translation>W ~ U(−1/√fan_in, 1/√fan_in)（a = √5 的 kaiming_uniform_）</translation>
        </message>
        <message>
            <source>variance 1/(3·fan_in): a third of what ReLU needs, so deep nets built with the defaults fade</source>
            <translation type="vanished">方差 1/(3·fan_in)：只有 ReLU 所需的三分之一，所以用默认值搭建的深层网络会逐层衰减</translation>
        </message>
        <message>
            <source>PyTorch default for nn.Conv2d</source>
            <translation>nn.Conv2d 的 PyTorch 默认初始化</translation>
        </message>
        <message>
            <source>W ~ U(−1/√fan_in, 1/√fan_in), fan_in = in·kh·kw  (kaiming_uniform_ with a = √5)</source>
            <translation>W ~ U(−1/√fan_in, 1/√fan_in)，fan_in = in·kh·kw（a = √5 的 kaiming_uniform_）</translation>
        </message>
        <message>
            <source>the same rule as nn.Linear, with the kernel's receptive field counted in fan_in</source>
            <translation>与 nn.Linear 的规则相同，只是 fan_in 计入了卷积核的感受野</translation>
        </message>
        <message>
            <source>Sigmoid + PyTorch default init</source>
            <translation>Sigmoid + PyTorch 默认初始化</translation>
        </message>
        <message>
            <source>σ′ is at most 1/4 and nn.Linear's default gives Var(W) = 1/(3·fan_in), so every layer multiplies the gradient's variance by about 1/48: the first layers get gradients thousands of times smaller than the last.</source>
            <translation type="vanished">σ′ 最大为 1/4，而 nn.Linear 的默认初始化给出 Var(W) = 1/(3·fan_in)，所以每一层都把梯度的方差乘以约 1/48：前几层得到的梯度比最后几层小几千倍。</translation>
        </message>
        <message>
            <source>ReLU: Xavier vs Kaiming</source>
            <translation>ReLU：Xavier vs Kaiming</translation>
        </message>
        <message>
            <source>ReLU zeroes half its inputs. With Var(W) = 1/n (Xavier on a square layer) the activation variance halves every layer, so the std falls by √2 per layer; Kaiming's 2/n (gain √2) keeps it constant.</source>
            <translation>ReLU 把一半的输入置零。当 Var(W) = 1/n（方阵层上的 Xavier）时，激活值的方差每层减半，标准差每层缩小为原来的 1/√2（×0.707）；Kaiming 的 2/n（增益 √2）使其保持不变。</translation>
        </message>
        <message>
            <source>Xavier normal</source>
            <translation>正态分布的 Xavier 初始化</translation>
        </message>
        <message>
            <source>Tanh + Xavier</source>
            <translation>Tanh + Xavier</translation>
        </message>
        <message>
            <source>Xavier's variance 2/(fan_in + fan_out) keeps activations and back-propagated gradients at similar scales in every layer; the older U(−1/√n, 1/√n) rule (PyTorch's default) lets them shrink with depth.</source>
            <translation type="vanished">Xavier 的方差 2/(fan_in + fan_out) 让每一层的激活值和反向传播的梯度保持相近的尺度；较早的 U(−1/√n, 1/√n) 规则（PyTorch 的默认值）会让它们随深度缩小。</translation>
        </message>
        <message>
            <source>PyTorch default</source>
            <translation type="vanished">PyTorch 默认</translation>
        </message>
        <message>
            <source>SELU + Kaiming normal ('linear')</source>
            <translation>SELU + 正态分布的 Kaiming 初始化（'linear'）</translation>
        </message>
        <message>
            <source>With Var(W) = 1/n, SELU drives every layer's activations to mean 0 and std 1: the network normalises itself. PyTorch's own gain for 'selu' (3/4) breaks the fixed point, as its documentation warns.</source>
            <translation>当 Var(W) = 1/n 时，SELU 把每一层的激活值推向均值 0、标准差 1：网络自己完成归一化。PyTorch 为 'selu' 给出的增益（3/4）会破坏这个不动点，其文档也有此警告。</translation>
        </message>
        <message>
            <source>nonlinearity 'selu' (gain 3/4)</source>
            <translation>nonlinearity 'selu'（增益 3/4）</translation>
        </message>
        <message>
            <source>ReLU + PyTorch default init</source>
            <translation>ReLU + PyTorch 默认初始化</translation>
        </message>
        <message>
            <source>nn.Linear's default variance 1/(3·fan_in) is a sixth of what ReLU needs to keep the variance: the activations shrink by √6 per layer.</source>
            <translation type="vanished">nn.Linear 的默认方差 1/(3·fan_in) 只有 ReLU 保持方差所需的六分之一：激活值每层缩小 √6 倍。</translation>
        </message>
        <message>
            <source>Kaiming uniform</source>
            <translation>均匀分布的 Kaiming 初始化</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>圆形</translation>
        </message>
        <message>
            <source>one class in a disc (r &lt; 2.5), the other in a ring around it (3.5 &lt; r &lt; 5)</source>
            <translation>一类在圆盘内（r &lt; 2.5），另一类在其外的圆环中（3.5 &lt; r &lt; 5）</translation>
        </message>
        <message>
            <source>Exclusive or</source>
            <translation>异或</translation>
        </message>
        <message>
            <source>class 1 where x1 and x2 have the same sign</source>
            <translation>x1 与 x2 同号处为类别 1</translation>
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation>两个高斯簇</translation>
        </message>
        <message>
            <source>two round clusters around (2, 2) and (-2, -2)</source>
            <translation>分别位于 (2, 2) 和 (-2, -2) 附近的两个圆形簇</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <source>two interleaved spiral arms</source>
            <translation>两条交错的螺旋臂</translation>
        </message>
        <message>
            <source>Two moons</source>
            <translation>双月牙</translation>
        </message>
        <message>
            <source>two interleaved half circles</source>
            <translation>两个交错的半圆</translation>
        </message>
        <message>
            <source>x₁</source>
            <translation>x₁</translation>
        </message>
        <message>
            <source>x₂</source>
            <translation>x₂</translation>
        </message>
        <message>
            <source>x₁²</source>
            <translation>x₁²</translation>
        </message>
        <message>
            <source>x₂²</source>
            <translation>x₂²</translation>
        </message>
        <message>
            <source>x₁x₂</source>
            <translation>x₁x₂</translation>
        </message>
        <message>
            <source>sin(x₁)</source>
            <translation>sin(x₁)</translation>
        </message>
        <message>
            <source>sin(x₂)</source>
            <translation>sin(x₂)</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>w ← w − lr·g: plain gradient descent on mini-batches</source>
            <translation>w ← w − lr·g：在小批量上的普通梯度下降</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>带动量的 SGD</translation>
        </message>
        <message>
            <source>a running sum of gradients (μ = 0.9) smooths and speeds descent</source>
            <translation>梯度的滑动累加（μ = 0.9）使下降更稳定、更快</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>per-weight step sizes from running moments of the gradient (β = 0.9, 0.999)</source>
            <translation>根据梯度的滑动矩为每个权重确定步长（β = 0.9, 0.999）</translation>
        </message>
        <message>
            <source>Every weight is equal: a spike, no density.</source>
            <translation>所有权重都相等：一个尖峰，没有密度。</translation>
        </message>
        <message>
            <source>Identity: ones on the diagonal, zeros elsewhere.</source>
            <translation>单位矩阵：对角线为 1，其余为 0。</translation>
        </message>
        <message>
            <source>One 1 per output channel at the kernel centre: the identity convolution.</source>
            <translation>每个输出通道在卷积核中心有一个 1：恒等卷积。</translation>
        </message>
        <message>
            <source>Bound = gain·√(6 / (fan_in + fan_out)).</source>
            <translation>边界 = gain·√(6 / (fan_in + fan_out))。</translation>
        </message>
        <message>
            <source>Bound = gain·√(3 / fan_mode).</source>
            <translation>边界 = gain·√(3 / fan_mode)。</translation>
        </message>
        <message>
            <source>The std after truncation is smaller than the std argument.</source>
            <translation>截断后的标准差小于参数 std。</translation>
        </message>
        <message>
            <source>Rows (or columns) orthonormal times gain: the sum of squares is exactly gain²·min(rows, cols); entries are close to normal for large sizes.</source>
            <translation>行（或列）正交归一后乘以增益：平方和恰好为 gain²·min(rows, cols)；尺寸较大时元素接近正态分布。</translation>
        </message>
        <message>
            <source>A share ⌈sparsity·rows⌉/rows of each column set to zero, the rest N(0, std²).</source>
            <translation>每列中 ⌈sparsity·rows⌉/rows 的比例置零，其余服从 N(0, std²)。</translation>
        </message>
        <message>
            <source>kaiming_uniform_(a=√5): U(−1/√fan_in, 1/√fan_in); the bias is drawn from the same range.</source>
            <translation>kaiming_uniform_(a=√5)：U(−1/√fan_in, 1/√fan_in)；偏置从同一范围中抽取。</translation>
        </message>
        <message>
            <source>Swish / SiLU with β</source>
            <translation>带 β 的 Swish / SiLU</translation>
        </message>
        <message>
            <source>β = 1 is SiLU; as β grows the curve approaches ReLU, at β = 0 it is the straight line x/2. β ≈ 1.702 is a close fit to GELU.</source>
            <translation>β = 1 时即 SiLU；β 越大，曲线越接近 ReLU；β = 0 时是直线 x/2。β ≈ 1.702 时与 GELU 非常接近。</translation>
        </message>
        <message>
            <source>Smooth and non-monotonic like Swish, with a slightly deeper dip below zero; compare it with the built-in Mish.</source>
            <translation>与 Swish 一样光滑且非单调，在零以下的凹陷略深；可与内置的 Mish 比较。</translation>
        </message>
        <message>
            <source>GELU (tanh form)</source>
            <translation>GELU（tanh 形式）</translation>
        </message>
        <message>
            <source>The tanh approximation of GELU used by BERT and GPT-2; compare it with gelu(x, approximate='tanh') and with the exact gelu(x).</source>
            <translation>BERT 和 GPT-2 使用的 GELU tanh 近似；可与 gelu(x, approximate='tanh') 以及精确的 gelu(x) 比较。</translation>
        </message>
        <message>
            <source>Soft clipping</source>
            <translation>软截断</translation>
        </message>
        <message>
            <source>A smooth clamp to [0, 1]: close to linear in the middle, flat outside. Larger a gives sharper corners and approaches clamp(x, 0, 1).</source>
            <translation>光滑地截断到 [0, 1]：中间接近线性，两侧平坦。a 越大拐角越尖锐，越接近 clamp(x, 0, 1)。</translation>
        </message>
        <message>
            <source>A bad idea: x²</source>
            <translation>一个糟糕的选择：x²</translation>
        </message>
        <message>
            <source>Not monotonic: x and −x give the same output, so the sign is lost. f′ = 2x grows without bound, so gradients explode through a deep network, and stacked layers compute x⁴, x⁸, …</source>
            <translation>不单调：x 和 −x 给出相同的输出，符号信息丢失。f′ = 2x 无界增长，所以梯度在深层网络中爆炸，堆叠的层计算的是 x⁴、x⁸、…</translation>
        </message>
        <message>
            <source>minimum {0} at x = {1}</source>
            <translation>在 x = {1} 处取最小值 {0}</translation>
        </message>
        <message>
            <source>maximum {0} at x = {1}</source>
            <translation>在 x = {1} 处取最大值 {0}</translation>
        </message>
        <message>
            <source>minimum {0} at x = {1} ({2} = {3})</source>
            <translation>在 x = {1} 处取最小值 {0}（{2} = {3}）</translation>
        </message>
        <message>
            <source>maximum {0} at x = {1} ({2} = {3})</source>
            <translation>在 x = {1} 处取最大值 {0}（{2} = {3}）</translation>
        </message>
        <message>
            <source>yes, increasing</source>
            <translation>是，递增</translation>
        </message>
        <message>
            <source>yes, non-decreasing (it never falls; flat stretches and upward jumps allowed)</source>
            <translation>是，非递减（从不下降；允许有平坦段和向上的跳跃）</translation>
        </message>
        <message>
            <source>yes, decreasing</source>
            <translation>是，递减</translation>
        </message>
        <message>
            <source>yes, non-increasing (it never rises; flat stretches and downward jumps allowed)</source>
            <translation>是，非递增（从不上升；允许有平坦段和向下的跳跃）</translation>
        </message>
        <message>
            <source>constant</source>
            <translation>常数</translation>
        </message>
        <message>
            <source>no: f jumps back by {0} at x = {1}</source>
            <translation>否：f 在 x = {1} 处向回跳了 {0}</translation>
        </message>
        <message>
            <source>no: f turns at x = {0}</source>
            <translation>否：f 在 x = {0} 处转向</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>yes: f(−x) = −f(x), so inputs symmetric about 0 give outputs centred on 0</source>
            <translation>是：f(−x) = −f(x)，所以关于 0 对称的输入给出以零为中心的输出</translation>
        </message>
        <message>
            <source>no: f(−x) ≠ −f(x)</source>
            <translation>否：f(−x) ≠ −f(x)</translation>
        </message>
        <message>
            <source>mean {0}, std {1}</source>
            <translation>均值 {0}，标准差 {1}</translation>
        </message>
        <message>
            <source>x = {0}: f′ goes from {1} to {2}; autograd uses {3}</source>
            <translation>x = {0}：f′ 从 {1} 变为 {2}；autograd 取 {3}</translation>
        </message>
        <message>
            <source>x = {0}: f jumps from {1} to {2}; f′ goes from {3} to {4}; autograd uses {5}</source>
            <translation>x = {0}：f 从 {1} 跳到 {2}；f′ 从 {3} 变为 {4}；autograd 取 {5}</translation>
        </message>
        <message>
            <source>exact − {0}: f differs by up to {1} (x = {2}), f′ by up to {3} (x = {4})</source>
            <translation>精确值 − {0}：f 最多相差 {1}（x = {2}），f′ 最多相差 {3}（x = {4}）</translation>
        </message>
        <message>
            <source>{0} = {1} is a float32 number: PyTorch's float64 gradient is accurate to float64</source>
            <translation>{0} = {1} 是一个 float32 数：PyTorch 的 float64 梯度精确到 float64</translation>
        </message>
        <message>
            <source>{0} = {1} is not a float32 number and PyTorch's backward rounds it to float32: the gradient is only float32-accurate, even in float64</source>
            <translation>{0} = {1} 不是 float32 数，PyTorch 的反向传播把它舍入为 float32：即使在 float64 下，梯度也只有 float32 的精度</translation>
        </message>
        <message>
            <source>f′ is exactly 0 for {0}: no gradient passes there</source>
            <translation>f′ 在 {0} 时恰好为 0：那里没有梯度通过</translation>
        </message>
        <message>
            <source>f′ is exactly 0 for {0}: a unit whose inputs all land there gets no gradient and can die</source>
            <translation>f′ 在 {0} 时恰好为 0：输入全部落在那里的神经元得不到梯度，可能出现神经元死亡</translation>
        </message>
        <message>
            <source>nowhere (except at single points): no dead neurons</source>
            <translation>无处为 0（个别点除外）：不会出现神经元死亡</translation>
        </message>
        <message>
            <source>{0}: f(x) is exactly {1} for x ≥ {2}</source>
            <translation>{0}：当 x ≥ {2} 时 f(x) 恰好等于 {1}</translation>
        </message>
        <message>
            <source>{0}: f(x) is exactly {1} for x ≤ {2}</source>
            <translation>{0}：当 x ≤ {2} 时 f(x) 恰好等于 {1}</translation>
        </message>
        <message>
            <source>{0}: f never rounds to {1} exactly</source>
            <translation>{0}：f 从不会恰好舍入为 {1}</translation>
        </message>
        <message>
            <source>a small non-zero gradient for negative inputs while negative_slope &gt; 0 (at 0 it is ReLU)</source>
            <translation>只要 negative_slope &gt; 0，负输入就有一个小的非零梯度（为 0 时即 ReLU）</translation>
        </message>
        <message>
            <source>output is random while training; Xu et al. 2015 (Empirical Evaluation of Rectified Activations in Convolutional Network) found it beat Leaky ReLU on small data sets, a gain larger sets may not show</source>
            <translation>训练时输出是随机的；Xu 等人 2015 年的论文（Empirical Evaluation of Rectified Activations in Convolutional Network）发现它在小数据集上优于 Leaky ReLU，在更大的数据集上未必有此优势</translation>
        </message>
        <message>
            <source>{20} ∪ (0.1, ∞)</source>
            <translation>{20} ∪ (0.1, ∞)</translation>
        </message>
        <message>
            <source>0 if x ≤ -3;  1 if x ≥ 3;  (2x + 3) / 6 between (one-sided limits -0.5 at -3 and 1.5 at 3)</source>
            <translation>x ≤ -3 时为 0；x ≥ 3 时为 1；两者之间为 (2x + 3) / 6（单侧极限：-3 处为 -0.5，3 处为 1.5）</translation>
        </message>
        <message>
            <source>0 if &lt;i&gt;x&lt;/i&gt; ≤ −3; 1 if &lt;i&gt;x&lt;/i&gt; ≥ 3; (2&lt;i&gt;x&lt;/i&gt; + 3)/6 between (one-sided limits −0.5 at −3 and 1.5 at 3)</source>
            <translation>&lt;i&gt;x&lt;/i&gt; ≤ −3 时为 0；&lt;i&gt;x&lt;/i&gt; ≥ 3 时为 1；两者之间为 (2&lt;i&gt;x&lt;/i&gt; + 3)/6（单侧极限：−3 处为 −0.5，3 处为 1.5）</translation>
        </message>
        <message>
            <source>derivative jumps at ±3 (from 0 to -0.5 at -3, from 1.5 to 1 at 3)</source>
            <translation>导数在 ±3 处跳跃（在 -3 处从 0 跳到 -0.5，在 3 处从 1.5 跳到 1）</translation>
        </message>
        <message>
            <source>PyTorch's backward computes 1/alpha in float32: for an alpha float32 cannot hold exactly (0.1, 0.3) the gradient is only float32-accurate, even in float64</source>
            <translation>PyTorch 的反向传播用 float32 计算 1/alpha：若 alpha 不能被 float32 精确表示（如 0.1、0.3），即使在 float64 下梯度也只有 float32 的精度</translation>
        </message>
        <message>
            <source>(-1.758, ∞)</source>
            <translation>(-1.758, ∞)</translation>
        </message>
        <message>
            <source>not odd, yet for N(0, 1) inputs its output has mean ≈ 0 and variance ≈ 1, and layers pull activations back to that: the network normalises itself</source>
            <translation>不是奇函数，但对 N(0, 1) 输入，其输出的均值 ≈ 0、方差 ≈ 1，而且各层会把激活值拉回到这一状态：网络会自归一化</translation>
        </message>
        <message>
            <source>needs the matching initialisation, no batch norm, and AlphaDropout instead of Dropout to self-normalise</source>
            <translation>要实现自归一化，需要配套的权重初始化、不用批归一化，并用 AlphaDropout 代替 Dropout</translation>
        </message>
        <message>
            <source>GELU'(x) = Φ(x) + x · φ(x);  tanh form: (1 + tanh u)/2 + x/2 · sech²(u) · u',  u = √(2/π) (x + 0.044715 x³)</source>
            <translation>GELU'(x) = Φ(x) + x · φ(x)；tanh 形式：(1 + tanh u)/2 + x/2 · sech²(u) · u'，u = √(2/π) (x + 0.044715 x³)</translation>
        </message>
        <message>
            <source>GELU′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;); tanh form ½(1 + tanh &lt;i&gt;u&lt;/i&gt;) + ½&lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;u&lt;/i&gt;)·&lt;i&gt;u&lt;/i&gt;′, &lt;i&gt;u&lt;/i&gt; = √(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)</source>
            <translation>GELU′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;)；tanh 形式 ½(1 + tanh &lt;i&gt;u&lt;/i&gt;) + ½&lt;i&gt;x&lt;/i&gt;·sech&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;u&lt;/i&gt;)·&lt;i&gt;u&lt;/i&gt;′，&lt;i&gt;u&lt;/i&gt; = √(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)</translation>
        </message>
        <message>
            <source>[-0.2785, ∞)</source>
            <translation>[-0.2785, ∞)</translation>
        </message>
        <message>
            <source>[-0.3088, ∞)</source>
            <translation>[-0.3088, ∞)</translation>
        </message>
        <message>
            <source>smooth, except where PyTorch switches to f(x) = x at x = threshold/beta: there f jumps (by ln(1 + e^-threshold)/beta, visible when threshold is small) and f′ jumps from σ(threshold) to 1</source>
            <translation>光滑，但在 x = threshold/beta 处 PyTorch 切换为 f(x) = x：那里 f 有跳跃（跳跃量为 ln(1 + e^-threshold)/beta，threshold 较小时可见），f′ 从 σ(threshold) 跳到 1</translation>
        </message>
        <message>
            <source>mathematically never 0, yet it rounds to exactly 0 far left; exp and log are slower</source>
            <translation>数学上永不为 0，但在最左侧会舍入为恰好 0；exp 和 log 计算较慢</translation>
        </message>
        <message>
            <source>output layer for binary classification: in PyTorch usually applied inside BCEWithLogitsLoss on the raw logits (more stable than sigmoid followed by BCELoss)</source>
            <translation>二分类的输出层：在 PyTorch 中通常放在 BCEWithLogitsLoss 内部作用于原始 logits（比先用 sigmoid 再接 BCELoss 更稳定）</translation>
        </message>
        <message>
            <source>σ′ is at most 1/4, so even unsaturated every sigmoid layer shrinks the gradient at least fourfold; for |x| &gt; 5 it saturates and the gradient all but vanishes; not zero-centred</source>
            <translation>σ′ 最大为 1/4，所以即使不饱和，每个 sigmoid 层也会让梯度至少缩小为原来的 1/4；|x| &gt; 5 时它饱和，梯度几乎消失；不以零为中心</translation>
        </message>
        <message>
            <source>discontinuous at ±lambd (jumps up by lambd: still non-decreasing)</source>
            <translation>在 ±lambd 处不连续（向上跳 lambd：仍然非递减）</translation>
        </message>
        <message>
            <source>output layer for multi-class classification: in PyTorch give the raw logits to CrossEntropyLoss, which applies log-softmax inside (more stable than softmax followed by a log)</source>
            <translation>多分类的输出层：在 PyTorch 中把原始 logits 交给 CrossEntropyLoss，它在内部应用 log-softmax（比先用 softmax 再取对数更稳定）</translation>
        </message>
        <message>
            <source>yes, in this sense: each output p_i rises with its own input x_i and falls as any other x_j rises</source>
            <translation>是，在如下意义上：每个输出 p_i 随自己的输入 x_i 增大而增大，随任何其他 x_j 增大而减小</translation>
        </message>
        <message>
            <source>no: every output is positive (a probability)</source>
            <translation>否：每个输出都是正数（一个概率）</translation>
        </message>
        <message>
            <source>output layer with NLLLoss (CrossEntropyLoss on the logits does both steps at once)</source>
            <translation>与 NLLLoss 配合的输出层（对 logits 使用 CrossEntropyLoss 可一步完成两步）</translation>
        </message>
        <message>
            <source>yes, in this sense: each output y_i rises with its own input x_i and falls as any other x_j rises</source>
            <translation>是，在如下意义上：每个输出 y_i 随自己的输入 x_i 增大而增大，随任何其他 x_j 增大而减小</translation>
        </message>
        <message>
            <source>no: every output is negative (a log-probability)</source>
            <translation>否：每个输出都是负数（一个对数概率）</translation>
        </message>
        <message>
            <source>yes, in this sense: each output p_i falls as its own input x_i rises (and rises with any other x_j)</source>
            <translation>是，在如下意义上：每个输出 p_i 随自己的输入 x_i 增大而减小（随任何其他 x_j 增大而增大）</translation>
        </message>
        <message>
            <source>each output y_i rises with its own a_i; in b_i it rises where a_i &gt; 0 and falls where a_i &lt; 0</source>
            <translation>每个输出 y_i 随自己的 a_i 增大而增大；对 b_i，在 a_i &gt; 0 处随之增大，在 a_i &lt; 0 处随之减小</translation>
        </message>
        <message>
            <source>no: y = a·σ(b) has the sign of a, and σ(b) &gt; 0 weights it</source>
            <translation>否：y = a·σ(b) 与 a 同号，σ(b) &gt; 0 只是给它加权</translation>
        </message>
        <message>
            <source>a fixed std ignores the layer size: deep nets explode or vanish unless std ≈ gain/√fan_in (1/√fan_in for linear or tanh-like units, √(2/fan_in) for ReLU)</source>
            <translation>固定的标准差忽略了层的大小：深层网络会梯度爆炸或梯度消失，除非 std ≈ gain/√fan_in（线性或类 tanh 神经元取 1/√fan_in，ReLU 取 √(2/fan_in)）</translation>
        </message>
        <message>
            <source>fine for biases; for weights every hidden unit stays identical, and if the biases are zero too a ReLU net gets no gradient at all</source>
            <translation>适用于偏置；用于权重时所有隐藏层神经元保持完全相同，如果偏置也为零，ReLU 网络根本得不到梯度</translation>
        </message>
        <message>
            <source>Saxe et al. 2014: all singular values equal gain; with gain 1 and rows ≥ cols (a square or tall W) ‖Wx‖ = ‖x‖ exactly, so a deep linear net preserves norms; a wide W (rows &lt; cols) drops directions: 256×512 keeps about √(256/512) ≈ 0.71 of a random input's norm</source>
            <translation>Saxe 等人 2014：所有奇异值都等于增益；增益为 1 且行数 ≥ 列数（方阵或高矩阵 W）时 ‖Wx‖ = ‖x‖ 严格成立，所以深层线性网络保持范数不变；宽矩阵 W（行数 &lt; 列数）会丢掉一些方向：256×512 大约保留随机输入范数的 √(256/512) ≈ 0.71</translation>
        </message>
        <message>
            <source>Martens 2010: ⌈sparsity·rows⌉ entries of every column are zero, so each input reaches the same number of units while the units (rows) keep varying numbers of inputs</source>
            <translation>Martens 2010：每一列中有 ⌈sparsity·rows⌉ 个元素为零，所以每个输入连接到相同数量的神经元，而各神经元（行）的输入数量各不相同</translation>
        </message>
        <message>
            <source>variance 1/(3·fan_in): a sixth of the 2/fan_in ReLU needs, so in a deep ReLU net built with the defaults the activations' std shrinks ×1/√6 ≈ 0.408 per layer</source>
            <translation>方差 1/(3·fan_in)：只有 ReLU 所需的 2/fan_in 的六分之一，所以用默认值构建的深层 ReLU 网络中，激活值的标准差每层缩小为原来的 1/√6（×0.408）</translation>
        </message>
        <message>
            <source>σ′ is at most 1/4 and nn.Linear's default gives Var(W) = 1/(3·fan_in), so every layer multiplies the gradient's variance by about 1/48: over these 10 layers the first layer's weight gradients come out about 10⁷ times smaller than the last's (48^4.5 ≈ 3.7·10⁷), though no unit is saturated.</source>
            <translation>σ′ 最大为 1/4，而 nn.Linear 的默认初始化给出 Var(W) = 1/(3·fan_in)，所以每一层把梯度的方差乘以大约 1/48：经过这 10 层，第一层权重的梯度约为最后一层的 10⁻⁷（48^4.5 ≈ 3.7·10⁷），尽管没有一个神经元饱和。</translation>
        </message>
        <message>
            <source>Xavier's variance 2/(fan_in + fan_out) is right for units that pass variance through; tanh squashes, so with gain 1 the activations' std still shrinks with depth (about 0.63 at layer 1, 0.23 at layer 10, 0.13 at layer 30). PyTorch's gain for tanh, 5/3, makes up for the squashing: the std stays near 0.65 in every layer.</source>
            <translation>Xavier 的方差 2/(fan_in + fan_out) 适用于让方差原样通过的神经元；tanh 会压缩输入，所以增益为 1 时激活值的标准差仍随深度缩小（第 1 层约 0.63，第 10 层约 0.23，第 30 层约 0.13）。PyTorch 为 tanh 设定的增益 5/3 弥补了这种压缩：每一层的标准差都保持在 0.65 左右。</translation>
        </message>
        <message>
            <source>Xavier uniform, gain 1</source>
            <translation>均匀分布的 Xavier 初始化，增益 1</translation>
        </message>
        <message>
            <source>nn.Linear's default variance 1/(3·fan_in) is a sixth of the 2/fan_in ReLU needs to keep the variance: the activations' std shrinks by √6 per layer (×0.408).</source>
            <translation>nn.Linear 的默认方差 1/(3·fan_in) 只有 ReLU 保持方差所需的 2/fan_in 的六分之一：激活值的标准差每层缩小为原来的 1/√6（×0.408）。</translation>
        </message>
        <message>
            <source>Sine</source>
            <translation type="vanished">正弦</translation>
        </message>
        <message>
            <source>y = sin x</source>
            <translation>y = sin x</translation>
        </message>
        <message>
            <source>Absolute value</source>
            <translation type="vanished">绝对值</translation>
        </message>
        <message>
            <source>y = |x| / 3: one kink at 0</source>
            <translation>y = |x| / 3：在 0 处有一个折点</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>阶跃</translation>
        </message>
        <message>
            <source>y = -1 for x &lt; 0, 1 from 0 on</source>
            <translation>x &lt; 0 时 y = -1，从 0 起 y = 1</translation>
        </message>
        <message>
            <source>Square</source>
            <translation type="vanished">平方</translation>
        </message>
        <message>
            <source>y = x² / 18 (0 to 2 over [-6, 6])</source>
            <translation>y = x² / 18（在 [-6, 6] 上从 0 到 2）</translation>
        </message>
        <message>
            <source>Sawtooth</source>
            <translation>锯齿波</translation>
        </message>
        <message>
            <source>rises from -1 to 1 every 4 units, then drops</source>
            <translation>每 4 个单位从 -1 升到 1，然后落回</translation>
        </message>
        <message>
            <source>Plane</source>
            <translation>平面</translation>
        </message>
        <message>
            <source>y = (x₁ + x₂) / 10 (Playground's regression plane)</source>
            <translation>y = (x₁ + x₂) / 10（Playground 的回归平面）</translation>
        </message>
        <message>
            <source>Gaussian bumps</source>
            <translation>高斯凸起</translation>
        </message>
        <message>
            <source>six bumps of height ±1 (Playground's Gaussian regression)</source>
            <translation>六个高度为 ±1 的凸起（Playground 的高斯回归）</translation>
        </message>
        <message>
            <source>Sigmoid vs tanh vs ReLU, 1 hidden layer</source>
            <translation>Sigmoid、Tanh 与 ReLU，1 个隐藏层</translation>
        </message>
        <message>
            <source>With one hidden layer all three learn the circle; sigmoid is the slowest (its slope is at most 1/4).</source>
            <translation>只有一个隐藏层时，三者都能学会圆形数据集；Sigmoid 最慢（它的斜率至多为 1/4）。</translation>
        </message>
        <message>
            <source>Sigmoid vs tanh vs ReLU, 3 hidden layers</source>
            <translation>Sigmoid、Tanh 与 ReLU，3 个隐藏层</translation>
        </message>
        <message>
            <source>Three sigmoid layers shrink the gradient at least 4 × 4 × 4-fold: sigmoid falls far behind.</source>
            <translation>三个 Sigmoid 层至少把梯度缩小为原来的 1/(4 × 4 × 4)：Sigmoid 远远落后。</translation>
        </message>
        <message>
            <source>Sigmoid vs tanh vs ReLU, 6 hidden layers</source>
            <translation>Sigmoid、Tanh 与 ReLU，6 个隐藏层</translation>
        </message>
        <message>
            <source>Six layers deep, the vanishing gradient stalls sigmoid; tanh and ReLU still learn.</source>
            <translation>六层深时，梯度消失让 Sigmoid 停滞；Tanh 和 ReLU 仍能学习。</translation>
        </message>
        <message>
            <source>ReLU vs Leaky ReLU vs ELU vs GELU</source>
            <translation>ReLU、Leaky ReLU、ELU 与 GELU</translation>
        </message>
        <message>
            <source>At a fast learning rate some ReLU units die (0 at every training point, so no gradient): each map's title gives the share of dead units. Leaky ReLU, ELU and GELU keep a slope below 0, so their units cannot die.</source>
            <translation>学习率较大时，一些 ReLU 神经元会死亡（在每个训练点上输出都为 0，因此没有梯度）：每张图的标题给出死亡神经元的比例。Leaky ReLU、ELU 和 GELU 在 0 以下仍有斜率，所以它们的神经元不会死亡。</translation>
        </message>
        <message>
            <source>Glorot &amp; Bengio 2010</source>
            <translation>Glorot 和 Bengio 2010</translation>
        </message>
        <message>
            <source>He et al. 2015</source>
            <translation>He 等人 2015</translation>
        </message>
        <message>
            <source>Klambauer et al. 2017</source>
            <translation>Klambauer 等人 2017</translation>
        </message>
        <message>
            <source>Ramachandran, Zoph &amp; Le 2017</source>
            <translation>Ramachandran、Zoph 和 Le 2017</translation>
        </message>
        <message>
            <source>Misra 2019</source>
            <translation>Misra 2019</translation>
        </message>
        <message>
            <source>Hendrycks &amp; Gimpel 2016</source>
            <translation>Hendrycks 和 Gimpel 2016</translation>
        </message>
        <message>
            <source>Klimek &amp; Perelstein 2020</source>
            <translation>Klimek 和 Perelstein 2020</translation>
        </message>
        <message>
            <source>Sine: sin x</source>
            <translation>正弦：sin x</translation>
        </message>
        <message>
            <source>sin x</source>
            <translation>sin x</translation>
        </message>
        <message>
            <source>Absolute value: |x| / 3</source>
            <translation>绝对值：|x| / 3</translation>
        </message>
        <message>
            <source>|x| / 3</source>
            <translation>|x| / 3</translation>
        </message>
        <message>
            <source>−1 for x &lt; 0, 1 from 0 on</source>
            <translation>x &lt; 0 时为 −1，从 0 起为 1</translation>
        </message>
        <message>
            <source>Square: x² / 18</source>
            <translation>平方：x² / 18</translation>
        </message>
        <message>
            <source>x² / 18</source>
            <translation>x² / 18</translation>
        </message>
        <message>
            <source>sawtooth from −1 to 1, period 4</source>
            <translation>从 −1 到 1 的锯齿波，周期 4</translation>
        </message>
        <message>
            <source>(x₁ + x₂) / 10</source>
            <translation>(x₁ + x₂) / 10</translation>
        </message>
        <message>
            <source>six bumps of height ±1</source>
            <translation>六个高度为 ±1 的凸起</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../gui/common/errors.py" line="76" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../gui/common/errors.py" line="84" />
            <source>Something went wrong, but your work is safe and the app keeps running.

{0}</source>
            <translation>出了点问题，但你的工作是安全的，程序会继续运行。

{0}</translation>
        </message>
        <message>
            <location filename="../../gui/common/errors.py" line="88" />
            <source>This happened {0} times.</source>
            <translation>此问题发生了 {0} 次。</translation>
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <location filename="../../figures/tab_figures.py" line="103" />
            <source>comparison</source>
            <translation>对比</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="220" />
            <source>weight value</source>
            <translation>权重值</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="354" />
            <source>density</source>
            <translation>密度</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="317" />
            <source>log10 share of the layer's peak</source>
            <translation>log10（占该层峰值的比例）</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="326" />
            <source>Activation std per layer</source>
            <translation>每层激活值的标准差</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="344" />
            <source>layer</source>
            <translation>层</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="328" />
            <source>std of h</source>
            <translation>h 的标准差</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="333" />
            <source>Activation mean per layer</source>
            <translation>每层激活值的均值</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="333" />
            <source>mean of h</source>
            <translation>h 的均值</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="335" />
            <source>Gradient std per layer</source>
            <translation>每层梯度的标准差</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="337" />
            <source>std of the gradient</source>
            <translation>梯度的标准差</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="343" />
            <source>Distribution of activations per layer</source>
            <translation>逐层激活值分布</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="353" />
            <source>activation value</source>
            <translation>激活值</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="360" />
            <source>{0} layers of width {1}, batch {2}, bias {3}, seed {4}</source>
            <translation>{0} 层，宽度 {1}，批大小 {2}，偏置 {3}，随机种子 {4}</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="201" />
            <source>every weight</source>
            <translation>所有权重</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="213" />
            <source>{0}: mean {1} (theory {2}), std {3} (theory {4})</source>
            <translation>{0}：均值 {1}（理论 {2}），标准差 {3}（理论 {4}）</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="301" />
            <source>theory (infinite width)</source>
            <translation>理论值（无限宽度）</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="302" />
            <source>theory ∂loss/∂h</source>
            <translation>理论 ∂loss/∂h</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="303" />
            <source>theory ∂loss/∂W</source>
            <translation>理论 ∂loss/∂W</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="405" />
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="410" />
            <source>index i</source>
            <translation>下标 i</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="417" />
            <source>Jacobian ∂yᵢ/∂xⱼ (autograd)</source>
            <translation>雅可比矩阵 ∂yᵢ/∂xⱼ（autograd）</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="418" />
            <source>input j</source>
            <translation>输入 j</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="419" />
            <source>output i</source>
            <translation>输出 i</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="205" />
            <source>{0}: theory, {1} = {2}</source>
            <translation>{0}：理论，{1} = {2}</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="219" />
            <source>Weights of shape {0}, seed {1}</source>
            <translation>形状为 {0} 的权重，随机种子 {1}</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="226" />
            <source> vs </source>
            <translation> vs </translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="352" />
            <source>Activations of layer {0}</source>
            <translation>第 {0} 层的激活值</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="187" />
            <source>{0}: sample</source>
            <translation>{0}：样本</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="203" />
            <source>a share {0} of the weights</source>
            <translation>比例为 {0} 的权重</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="409" />
            <source>output {0}(x)</source>
            <translation>输出 {0}(x)</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="210" />
            <source>{0}: theory</source>
            <translation>{0}：理论</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="355" />
            <source>layer {0}</source>
            <translation>第 {0} 层</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="34" />
            <source>no hidden layer</source>
            <translation>无隐藏层</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="46" />
            <source>Decision map</source>
            <translation>决策区域图</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="93" />
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="93" />
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="93" />
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="36" />
            <source>{0}, {1}, {2} lr {3}</source>
            <translation>{0}，{1}，{2}，学习率 {3}</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="81" />
            <source>train loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="83" />
            <source>test loss</source>
            <translation>测试损失</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="99" />
            <source>epoch {0}: train accuracy {1}, test accuracy {2}; {3}, noise {4} %, seed {5}</source>
            <translation>第 {0} 轮：训练准确率 {1}，测试准确率 {2}；{3}，噪声 {4}%，随机种子 {5}</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="51" />
            <source>class {0} ({1})</source>
            <translation>类别 {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="51" />
            <source>train</source>
            <translation>训练集</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="51" />
            <source>test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <location filename="../../figures/training.py" line="60" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../figures/explorer.py" line="120" />
            <source>autograd: f′({x}) = {value}</source>
            <translation>autograd：f′({x}) = {value}</translation>
        </message>
        <message>
            <location filename="../../figures/explorer.py" line="163" />
            <source>{0}: exact − {1} approximation</source>
            <translation>{0}：精确值 − {1} 近似值</translation>
        </message>
        <message>
            <location filename="../../figures/explorer.py" line="166" />
            <source>difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <location filename="../../figures/explorer.py" line="159" />
            <source>Δf (exact − {0})</source>
            <translation>Δf（精确值 − {0}）</translation>
        </message>
        <message>
            <location filename="../../figures/explorer.py" line="160" />
            <source>Δf′ (exact − {0})</source>
            <translation>Δf′（精确值 − {0}）</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="55" />
            <source>curved pieces: kinks are not counted for this activation or these inputs</source>
            <translation>弯曲的分段：这种激活函数或这些输入不统计折点</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="54" />
            <source>smooth: the activation has no kinks, so neither has the fit</source>
            <translation>光滑：激活函数没有折点，所以拟合曲线也没有</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="42" />
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="64" />
            <source>fit</source>
            <translation>拟合</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="98" />
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="114" />
            <source>epoch {0}: train MSE {1}, test MSE {2}; {3}, noise {4} %, seed {5}</source>
            <translation>第 {0} 轮：训练 MSE {1}，测试 MSE {2}；{3}，噪声 {4}%，随机种子 {5}</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="48" />
            <source>piecewise linear: {0} kinks (a network of this size can have at most {1})</source>
            <translation>分段线性：{0} 个折点（这样大小的网络最多可以有 {1} 个）</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="52" />
            <source>a straight line whatever the depth: y = {0}·x + {1}</source>
            <translation>无论多深都是一条直线：y = {0}·x + {1}</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="78" />
            <source>Fit: {0}</source>
            <translation>拟合：{0}</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="70" />
            <source>unit {0}</source>
            <translation>神经元 {0}</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="50" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="84" />
            <source>Training loss</source>
            <translation>训练损失</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="86" />
            <source>Training accuracy</source>
            <translation>训练准确率</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="88" />
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="102" />
            <source>Activation race: {0}, {1}, {2} lr {3}</source>
            <translation>激活函数竞速：{0}，{1}，{2} 学习率 {3}</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="105" />
            <source>epoch {0}; {1}, noise {2} %, seed {3}; the same initial weights and batches for every racer</source>
            <translation>第 {0} 轮；{1}，噪声 {2}%，随机种子 {3}；每个参赛者的初始权重和小批量都相同</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="38" />
            <source>{0} % at epoch {1}</source>
            <translation>第 {1} 轮达到 {0}%</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="40" />
            <source>not at {0} % yet</source>
            <translation>尚未达到 {0}%</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="44" />
            <source>; {0} % of units dead</source>
            <translation>；{0}% 的神经元死亡</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="359" />
            <source>zero</source>
            <translation>零</translation>
        </message>
        <message>
            <location filename="../../figures/builders.py" line="359" />
            <source>PyTorch's default</source>
            <translation>PyTorch 默认值</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="42" />
            <source>target: y = {0}</source>
            <translation>目标：y = {0}</translation>
        </message>
        <message>
            <location filename="../../figures/fit.py" line="113" />
            <source>y = {0}</source>
            <translation>y = {0}</translation>
        </message>
        <message>
            <location filename="../../figures/race.py" line="58" />
            <source>{0} % · {1}</source>
            <translation>{0}% · {1}</translation>
        </message>
    </context>
    <context>
        <name>gallery</name>
        <message>
            <location filename="../../gui/export/gallery.py" line="171" />
            <source>Activation functions</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="184" />
            <source>Output range</source>
            <translation>输出范围</translation>
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="173" />
            <source>All figures in one PDF</source>
            <translation>所有图合并为一个 PDF</translation>
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="172" />
            <source>Generated by Activation Lab with PyTorch {0}.</source>
            <translation>由 Activation Lab 使用 PyTorch {0} 生成。</translation>
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="184" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>tab</name>
        <message>
            <source>autograd: f′({x}) = {value}</source>
            <translation type="vanished">autograd：f′({x}) = {value}</translation>
        </message>
    </context>
</TS>
