<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ActivationChooser</name>
        <message>
            <location filename="../../gui/common/activation_chooser.py" line="34" />
            <source>Formula…</source>
            <extracomment>The user chose an activation: its id (a registry id or "formula: …") and starting parameter values or None.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivationList</name>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="48" />
            <source>Search activations…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckedSpinMixin</name>
        <message>
            <location filename="../../gui/common/param_panel.py" line="134" />
            <source>“{0}” is not a number</source>
            <extracomment>Texts on the way to a number ("-", "1.", "2e-"): neither refused nor applied while typed.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="137" />
            <source>{0} is below the minimum {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="139" />
            <source>{0} is above the maximum {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="141" />
            <source>{0} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="143" />
            <source>at most {0} decimals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="163" />
            <location filename="../../gui/common/param_panel.py" line="171" />
            <source>{0}: kept {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="169" />
            <source>no number typed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComputeTab</name>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="105" />
            <source>Computing…</source>
            <extracomment>The style of a refusal under a plot (the Okabe–Ito vermillion, bold). A result was drawn (after :meth:`show_result`); carries the result. A request was refused or its job failed; carries the message shown under the plot. A job stopped at the user's (or a newer request's) wish; the last good plot stays. True while a job runs (for Run/Cancel buttons). 0..1 of the running job (for a progress bar). The precisions this tab computes in; the toolbar's others are refused with a message. Edits within this many milliseconds coalesce into one run.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="109" />
            <source>Not computed: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/compute_tab.py" line="113" />
            <source>Cancelled; the last complete result stays on screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurveList</name>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="182" />
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="183" />
            <source>Overlay a copy of the selected curve to compare parameter values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="184" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="185" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="186" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/catalogue.py" line="187" />
            <source>Put back the curves last removed or cleared (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurvePanel</name>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="32" />
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="41" />
            <source>Edit formula…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="42" />
            <source>Widen ranges ×2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="43" />
            <source>Double every parameter's slider range around 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="97" />
            <source>max |exact − {0}|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/curve_panel.py" line="98" />
            <source>{0:.3g} at x = {1:.4g}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CurvesView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="133" />
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="133" />
            <location filename="../../gui/training/plots.py" line="134" />
            <source>epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="134" />
            <source>Accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="137" />
            <source>train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="138" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DataBox</name>
        <message>
            <location filename="../../gui/training/data_box.py" line="30" />
            <source>Data</source>
            <extracomment>The data changed (the networks start again on the new points).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="44" />
            <source>Regenerate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="45" />
            <source>new points of the same kind (the next seed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="51" />
            <source>Clear my points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="52" />
            <source>go back to the generated dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="53" />
            <source>dataset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="54" />
            <source>noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="55" />
            <source>training share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="56" />
            <source>seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="141" />
            <source>Click the map: left button adds an orange point, right button a blue one; Shift+click removes one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/data_box.py" line="144" />
            <source>Your points: {0} orange, {1} blue (Shift+click removes one).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DecisionMap</name>
        <message>
            <location filename="../../gui/training/plots.py" line="87" />
            <source>Decision map</source>
            <extracomment>(x₁, x₂, button, modifiers) of a click inside the map.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DepthControls</name>
        <message>
            <location filename="../../gui/depth/controls.py" line="61" />
            <source>Classic lessons</source>
            <extracomment>A control that changes the run changed (the tab reruns when "run again" is ticked). Run now: the Run button, or a lesson was chosen. "show the infinite-width theory" was switched. The layer whose histogram to show (1-based).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="64" />
            <source>(your own network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="75" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="89" />
            <source>zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="89" />
            <source>PyTorch default U(−1/√n, 1/√n)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="92" />
            <source>activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="94" />
            <source>initialiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="96" />
            <source>layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="97" />
            <source>width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="98" />
            <source>batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="99" />
            <source>bias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="100" />
            <source>seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="117" />
            <location filename="../../gui/depth/controls.py" line="120" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="121" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="127" />
            <source>run again when a control changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="129" />
            <source>show the infinite-width theory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="131" />
            <source>keep the previous run for comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/controls.py" line="134" />
            <source>histogram of layer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DepthPlots</name>
        <message>
            <location filename="../../gui/depth/plots.py" line="86" />
            <source>layer</source>
            <extracomment>The user dragged the layer line on the heat map to this layer (1-based).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="88" />
            <source>Activation std per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="88" />
            <source>std of h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="91" />
            <source>Activation mean per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="91" />
            <source>mean of h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="94" />
            <source>Gradient std per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="94" />
            <source>std of the gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="101" />
            <source>Distribution of activations per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="102" />
            <location filename="../../gui/depth/plots.py" line="109" />
            <source>activation value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="107" />
            <source>Activations of layer 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="108" />
            <source>density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="134" />
            <source>log10 share of the layer's peak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="163" />
            <source>Gradients below {0}, the smallest normal {1}, are shown exactly: the run rescales them by powers of two.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="166" />
            <source>A plain {0} network would give exact zeros in layers 1–{1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="170" />
            <source>Up to layer {0} its weight gradients would be subnormal (few significant bits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="225" />
            <source>theory (infinite width)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="228" />
            <source>gradient ∂loss/∂h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="229" />
            <source>gradient ∂loss/∂W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/plots.py" line="240" />
            <source>Activations of layer {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DepthTab</name>
        <message>
            <location filename="../../gui/depth/selftest.py" line="60" />
            <source>depth: a run finishes in the background and is plotted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/selftest.py" line="61" />
            <source>depth: cancel stops a run and keeps the last one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/selftest.py" line="62" />
            <source>depth: the sigmoid lesson shows the vanishing gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="104" />
            <source>previous run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="115" />
            <source>{0}: {1} layers × {2}, batch {3}, {4} s: {5}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="124" />
            <source>activations overflowed from layer {0} on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="133" />
            <source>Running the network…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="136" />
            <source>Not run: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="139" />
            <source>Cancelled; the last complete run stays on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/depth/tab.py" line="152" />
            <source>Through depth</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceBar</name>
        <message>
            <location filename="../../gui/common/device_bar.py" line="23" />
            <source>Computation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>auto (CUDA if available)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>CPU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="26" />
            <source>CUDA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="31" />
            <source>CUDA (not available: falls back to CPU)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="33" />
            <source>Where every tab computes its plots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="38" />
            <source>Floating-point precision of the computation; try float16 with log |f′| to see precision run out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="40" />
            <source> Device: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/device_bar.py" line="42" />
            <source>  Precision: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExplorerTab</name>
        <message>
            <location filename="../../gui/explorer/tab.py" line="125" />
            <source>Activations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="178" />
            <source>points must be between 2 and {0}: kept {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="179" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="242" />
            <source>{0}: {1} — keeping the last good curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="265" />
            <source>{0} cannot be computed: {1} — keeping the last good curve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="317" />
            <source>{0}: marks left off — {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="318" />
            <source>autograd: f′({x}) = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="375" />
            <source>Tick {0} in the list to plot it; then its parameters appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="389" />
            <source>No curve selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/tab.py" line="394" />
            <source>{0}, curve {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="33" />
            <source>New formula…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="34" />
            <source>Type your own activation as a formula in x (Ctrl+Shift+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/layout.py" line="31" />
            <source>Plotted curves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="21" />
            <source>No curve plotted: check an activation in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/status.py" line="23" />
            <source>{0} curve(s) × {1} points computed on {2} in {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/view_figure.py" line="49" />
            <source>{0}: exact − {1} approximation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/view_figure.py" line="50" />
            <source>difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/view_figure.py" line="46" />
            <source>Δf (exact − {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/view_figure.py" line="47" />
            <source>Δf′ (exact − {0})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../gui/export/dialog.py" line="91" />
            <location filename="../../gui/export/dialog.py" line="237" />
            <source>Export figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="98" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="99" />
            <source>Pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="100" />
            <source>Slide 16:9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="107" />
            <source>{0} × {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="111" />
            <source>{0}×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="139" />
            <source>Include the formula under the title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="144" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="145" />
            <source>Size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="149" />
            <source>Style:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="152" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="181" />
            <source> px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="219" />
            <source>The data of every curve, one column per series.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="228" />
            <source>{0} × {1} pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="230" />
            <source>{0} × {1} (vector; 96 units per inch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="253" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="253" />
            <source>The figure was not exported.

{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="51" />
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="52" />
            <source>SVG vector drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="53" />
            <source>PDF document (vector)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="54" />
            <source>CSV data (every curve)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="61" />
            <source>Screen (as shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="62" />
            <source>Print (white background, thick lines, large text)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExtrasPanel</name>
        <message>
            <location filename="../../gui/explorer/extras.py" line="47" />
            <source>Resample slopes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="52" />
            <source>Show exact − {0} approximation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="66" />
            <source>Training mode: every x draws its own slope from U({0}, {1}); the shaded band holds every possible draw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/extras.py" line="69" />
            <source>Eval mode: one fixed slope ({0} + {1}) / 2 = {2}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <location filename="../../gui/actions.py" line="28" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="30" />
            <source>Export the current plots as PNG, SVG, PDF or CSV (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="32" />
            <source>&amp;Copy as image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="35" />
            <source>Export &amp;gallery…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="37" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="48" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="63" />
            <location filename="../../gui/actions.py" line="68" />
            <source>Nothing to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="63" />
            <source>There is no plot to export yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="68" />
            <source>This view cannot be exported.

{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="83" />
            <source>Exported {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="96" />
            <source>Copy failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="99" />
            <source>Copied the plots as a {0} × {1} image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/actions.py" line="106" />
            <source>Gallery written: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormulaCurves</name>
        <message>
            <location filename="../../gui/explorer/formula_curves.py" line="31" />
            <source>New formula…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormulaDialog</name>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="66" />
            <source>Edit formula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="66" />
            <source>New formula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="72" />
            <source>Start from a preset…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="76" />
            <source>e.g. x*sigmoid(beta*x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="93" />
            <source>Use x, numbers, + − * / **, pi, e, functions such as exp, log, tanh, sigmoid, softplus, relu, min, max, clamp, where(condition, a, b), and any activation of the list by its id, e.g. gelu(x, approximate='tanh'). Any other name is a parameter with a slider (default 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="110" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="110" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="116" />
            <source>Preset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="117" />
            <source>f(x) =</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="173" />
            <source>Type a formula in x.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="203" />
            <source>Parameters (a slider each): {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/formula_dialog.py" line="205" />
            <source>No parameters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <location filename="../../gui/export/dialog.py" line="276" />
            <location filename="../../gui/export/dialog.py" line="336" />
            <source>Export gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="285" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="286" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="303" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="304" />
            <source>Style:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="306" />
            <source>Choose folder and export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="310" />
            <source>One figure per activation (f and f′) and an index page with the formulas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="331" />
            <source>Folder for the gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="336" />
            <source>Tick at least one activation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="341" />
            <source>Drawing the gallery…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="341" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="351" />
            <source>Drawing {0} ({1} of {2})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="361" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/dialog.py" line="361" />
            <source>The gallery was not completed.

{0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="167" />
            <location filename="../../gui/training/plots.py" line="196" />
            <source>Gradient norm per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="167" />
            <source>epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="185" />
            <source>layer {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="185" />
            <source>output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="193" />
            <source>layer {0}: {1:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="194" />
            <source>Gradient norm per layer — dead units {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HiddenSpaceView</name>
        <message>
            <location filename="../../gui/training/plots.py" line="204" />
            <source>Hidden space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="223" />
            <source>no hidden layer: add one to see its space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="235" />
            <location filename="../../gui/training/plots.py" line="236" />
            <source>layer {0}, unit {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/plots.py" line="237" />
            <source>Hidden space: the data as layer {0} sees it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistogramView</name>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="48" />
            <source>weight value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="48" />
            <source>density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>std</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>share of exact zeros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="86" />
            <source>values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="131" />
            <location filename="../../gui/initialization/histogram_view.py" line="197" />
            <source>{0}: sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="138" />
            <location filename="../../gui/initialization/histogram_view.py" line="197" />
            <source>{0}: theory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="140" />
            <source>{0}: point mass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="186" />
            <source>P(w = {0}) = {1} (sample {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="226" />
            <source>, gain = {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/histogram_view.py" line="228" />
            <source>&lt;b&gt;{0}&lt;/b&gt;: fan_in = {1}, fan_out = {2}{3}. {4}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InitControls</name>
        <message>
            <location filename="../../gui/initialization/controls.py" line="71" />
            <source>Initialiser</source>
            <extracomment>The initialiser, its parameters, the shape, the seed, the bins or compare changed. The density axis was switched to (True) or from a logarithmic scale.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="88" />
            <source>Weight shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="91" />
            <source>Linear: (out, in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="92" />
            <source>Conv2d: (out, in, kh, kw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="100" />
            <source>kernel height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="100" />
            <source>kernel width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="102" />
            <source>layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="112" />
            <source>Sampling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="116" />
            <source>logarithmic density axis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="117" />
            <source>seed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="118" />
            <source>bins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="126" />
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="128" />
            <source>overlay a second initialiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="224" />
            <source>out_channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="224" />
            <source>out_features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="225" />
            <source>in_channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="225" />
            <source>in_features</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="229" />
            <source>{0} values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/controls.py" line="231" />
            <source>(the most is {0})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InitTab</name>
        <message>
            <location filename="../../gui/initialization/selftest.py" line="54" />
            <source>initialisation: every initialiser draws its histogram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/selftest.py" line="57" />
            <source>initialisation: compare mode overlays two initialisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="92" />
            <source>Drew {0} weights, seed {1}: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="97" />
            <source>Sampling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="100" />
            <source>Not drawn: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="103" />
            <source>Cancelled; the last histogram stays on screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/initialization/tab.py" line="108" />
            <source>Initialisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LabTab</name>
        <message>
            <location filename="../../gui/common/tabs.py" line="55" />
            <source>computed on {0} in {1}</source>
            <extracomment>Emitted with a one-line message for the status bar (device, dtype, errors).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/tabs.py" line="63" />
            <source>{0} is not offered here (this tab computes in {1}); it stays in {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/tabs.py" line="64" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LayersEditor</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="67" />
            <source>one hidden layer less</source>
            <extracomment>TensorFlow Playground's learning rates and regularisation rates.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="68" />
            <source>one hidden layer more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="69" />
            <source>hidden layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="76" />
            <source>layer {0} units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="77" />
            <source>one unit less in layer {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="79" />
            <source>one unit more in layer {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LessonView</name>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="67" />
            <source>Linear ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="69" />
            <source>{0}: test accuracy {1:.0%}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LossView</name>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="24" />
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="24" />
            <source>epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="27" />
            <source>train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/lesson_view.py" line="28" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="23" />
            <location filename="../../gui/main_window.py" line="35" />
            <source>Activation Lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="33" />
            <source>Loading PyTorch…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="38" />
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkBox</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="126" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="132" />
            <source>auto (Kaiming for ReLU-like, else Xavier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="142" />
            <source>activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="144" />
            <source>initialiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="146" />
            <source>initial bias</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="../../gui/training/network_view.py" line="81" />
            <source>Network</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Readout</name>
        <message>
            <location filename="../../gui/explorer/readout.py" line="57" />
            <source>Move the mouse over the plots to read f, f′ and f″.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/readout.py" line="72" />
            <source>move the mouse over the plots</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunBox</name>
        <message>
            <location filename="../../gui/training/controls.py" line="24" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="27" />
            <location filename="../../gui/training/controls.py" line="57" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="29" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="30" />
            <source>train one epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="31" />
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="32" />
            <source>back to the initial weights (epoch 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="40" />
            <source>side by side: linear vs this activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="41" />
            <source>train the same network without an activation on the same points at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="42" />
            <source>discretise the output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="50" />
            <source>Epoch {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="52" />
            <source>test accuracy {0:.0%}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/controls.py" line="57" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SliderParamPanel</name>
        <message>
            <location filename="../../gui/common/param_panel.py" line="432" />
            <source>Reset to defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/param_panel.py" line="436" />
            <source>No parameters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingBox</name>
        <message>
            <location filename="../../gui/training/network_box.py" line="194" />
            <source>Training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="205" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="205" />
            <source>L1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="205" />
            <source>L2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="210" />
            <source>squared error (tanh output)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="211" />
            <source>cross-entropy (sigmoid output)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="222" />
            <source>optimiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="223" />
            <source>learning rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="224" />
            <source>batch size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="228" />
            <source>regularisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="229" />
            <source>regularisation rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="230" />
            <source>loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/network_box.py" line="232" />
            <source>input features</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrainingTab</name>
        <message>
            <location filename="../../gui/training/selftest.py" line="45" />
            <source>training: a few epochs of the side-by-side lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/selftest.py" line="46" />
            <source>training: Play trains in the background and Pause stops it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="76" />
            <source>layer </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="77" />
            <source>x: unit </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="78" />
            <source>y: unit </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="87" />
            <source>Loss and accuracy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="88" />
            <source>Gradients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="89" />
            <source>Hidden space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="249" />
            <source>Epoch {0}: train loss {1:.4f}, test accuracy {2}; {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="257" />
            <source>Training…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="257" />
            <source>Computing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="260" />
            <source>Training stopped: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="263" />
            <source>Paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/training/tab.py" line="318" />
            <source>Why non-linearity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VectorView</name>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="118" />
            <source>Numbers separated by commas; press Enter to apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="120" />
            <source>Seed logits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="121" />
            <source>Back to the example logits 0.2, 0.02, …, 3.75</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="134" />
            <source>Input vector x:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="139" />
            <source>input x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="145" />
            <source>index i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="145" />
            <source>output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="168" />
            <source>input j</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="168" />
            <source>output i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="171" />
            <source>Jacobian ∂yᵢ/∂xⱼ (autograd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="259" />
            <source>cannot compute in {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="264" />
            <source>{0} computed on {1} in {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="326" />
            <source>Outputs sum to {0:.6g}. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="329" />
            <source>Each row i shows how output yᵢ moves when input xⱼ is nudged. Derivative: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="407" />
            <source>Point at a bar to read its value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="409" />
            <source>i = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="411" />
            <source>input xᵢ = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="413" />
            <source>output yᵢ = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/vector_view.py" line="453" />
            <source>Input refused: {0} (the plot shows the last good input)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ViewControls</name>
        <message>
            <location filename="../../gui/explorer/controls.py" line="63" />
            <source>Number of evenly spaced x values (torch.linspace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="64" />
            <source>f″</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="66" />
            <source>Show the second derivative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="67" />
            <source>shade |f′| &lt; ε, ε =</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="70" />
            <source>Shade where the selected curve's gradient almost vanishes (saturation, dead zone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="75" />
            <source>kinks &amp;&amp; bounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="79" />
            <source>Mark where f is not differentiable (filled: the value autograd uses; open: the one-sided limits) and the bounds of the output range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="83" />
            <source>log |f′|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="84" />
            <source>|f′| on a log axis: shows how precision runs out in the tails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="85" />
            <source>Reset view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="86" />
            <source>Back to x from {0:g} to {1:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="88" />
            <location filename="../../gui/explorer/controls.py" line="104" />
            <source>x from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="88" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="89" />
            <location filename="../../gui/explorer/controls.py" line="106" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="105" />
            <source>x to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="107" />
            <source>ε</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="113" />
            <source>{0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="124" />
            <source>x from and x to must be finite numbers (got {0:g} and {1:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="126" />
            <source>x from ({0:g}) must be below x to ({1:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="128" />
            <source>x must lie within ±{0:g} (got {1:g} to {2:g})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="130" />
            <source>the range must be at least {0:g} wide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/controls.py" line="135" />
            <source>{0}; the plot keeps [{1:g}, {2:g}]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../gui/common/errors.py" line="73" />
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/errors.py" line="81" />
            <source>Something went wrong, but your work is safe and the app keeps running.

{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/common/errors.py" line="85" />
            <source>This happened {0} times.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>tab</name>
        <message>
            <location filename="../../gui/explorer/view_figure.py" line="34" />
            <source>autograd: f′({x}) = {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormulaNotes</name>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="47" />
            <source>0 is outside the view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="32" />
            <source>on [{0}, {1}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="41" />
            <source>yes, increasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="42" />
            <source>yes, decreasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="43" />
            <source>constant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="44" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="49" />
            <source>yes: f(0) = 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="53" />
            <source>Range of f</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="54" />
            <source>max |f′|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="55" />
            <source>Zero-centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="56" />
            <source>Monotonic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="61" />
            <source>Kinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="73" />
            <source>Your formula</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="75" />
            <source>Derivatives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="35" />
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="59" />
            <source>|f′| &lt; ε</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="61" />
            <source>none on the view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="75" />
            <source>f′ and f″ by autograd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="77" />
            <source>Every row is computed over the plotted range; pan or zoom to see more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="51" />
            <source>no: f(0) = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="53" />
            <source>[{0}, {1}] {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="56" />
            <source>{0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="39" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/formula_notes.py" line="39" />
            <source>cannot be computed: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../gui/explorer/notes.py" line="45" />
            <source>for every x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="52" />
            <source>for {0} {1} x {2} {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="67" />
            <source>{0} {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="99" />
            <source>Hidden layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="99" />
            <source>try in this order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="99" />
            <source>Output layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="123" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="123" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="144" />
            <source>Jacobian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="144" />
            <source>Derivative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="41" />
            <source>at x = {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="66" />
            <source>(approached as x → +∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="66" />
            <source>(approached as x → −∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="67" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="73" />
            <source>nowhere on [{0}, {1}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="125" />
            <source>Output range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="126" />
            <source>Zero-centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="127" />
            <source>Monotonic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="128" />
            <source>Smoothness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="136" />
            <source>Typical use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="137" />
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="138" />
            <source>Weaknesses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="47" />
            <source>for x ≥ {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="47" />
            <source>for x &gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="49" />
            <source>for x ≤ {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="49" />
            <source>for x &lt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="60" />
            <source>at x = ±{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="97" />
            <source>{0} for {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="131" />
            <source>max |f′|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="133" />
            <source>|f′| &lt; ε</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="142" />
            <source>Parameters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="77" />
            <source>everywhere on [{0}, {1}]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="79" />
            <source>x &lt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="81" />
            <source>x &gt; {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/notes.py" line="83" />
            <source>{0} &lt; x &lt; {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StackedPlots</name>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f′(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>f″(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="60" />
            <source>Δ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="168" />
            <source>|f′(x)|</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="149" />
            <source>{0}: exact − {1} approximation (solid: Δf, dashed: Δf′)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/explorer/plots.py" line="163" />
            <source>x</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <location filename="../../gui/explorer/selftest.py" line="46" />
            <source>Leaky ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU-like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth ReLU-like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sigmoid-like</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>shrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>linear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU(x) = max(0, x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU'(x) = 1 if x &gt; 0, else 0 (PyTorch uses 0 at x = 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU′(&lt;i&gt;x&lt;/i&gt;) = 1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else 0 (0 at &lt;i&gt;x&lt;/i&gt; = 0 in PyTorch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[0, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kink at 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (the default first choice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cheap; gradient 1 for all positive inputs, so deep nets train fast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dead neurons: gradient is exactly 0 for negative inputs; not zero-centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LeakyReLU(x) = x if x ≥ 0, else negative_slope · x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LeakyReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; &amp;nbsp;(&lt;i&gt;a&lt;/i&gt; = negative_slope)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if x &gt; 0, else negative_slope (PyTorch uses negative_slope at x = 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt; (&lt;i&gt;a&lt;/i&gt; at &lt;i&gt;x&lt;/i&gt; = 0 in PyTorch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-∞, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (when ReLU units die)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>small non-zero gradient for negative inputs, so no dead neurons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slope is a hand-picked hyper-parameter; still a kink at 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>slope for x &lt; 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PReLU(x) = x if x ≥ 0, else a · x  (a learned, starts at init)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt; (&lt;i&gt;a&lt;/i&gt; learned, starts at init)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if x &gt; 0, else a</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else &lt;i&gt;a&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (ReLU &gt; Leaky ReLU &gt; PReLU in the usual order of trying)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the network learns the negative slope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>extra parameters; can overfit on small data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>initial learnable slope for x &lt; 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RReLU(x) = x if x ≥ 0, else a · x;  a ~ U(lower, upper) in training, (lower + upper)/2 in eval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RReLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 0, else &lt;i&gt;a&lt;/i&gt;·&lt;i&gt;x&lt;/i&gt;; &amp;nbsp;&lt;i&gt;a&lt;/i&gt; ~ U(lower, upper) when training, (lower + upper)/2 in eval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (randomness acts as a regulariser)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>random negative slope regularises training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output is random while training; rarely better than Leaky ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lowest random slope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>highest random slope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>true: a random slope per element; false: (lower+upper)/2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU6(x) = min(max(0, x), 6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU6(&lt;i&gt;x&lt;/i&gt;) = min(max(0, &lt;i&gt;x&lt;/i&gt;), 6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if 0 &lt; x &lt; 6, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if 0 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 6, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[0, 6]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kinks at 0 and 6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers of mobile networks (MobileNet), friendly to low precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bounded output suits fixed-point and float16 inference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gradient 0 both below 0 and above 6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold(x) = x if x &gt; threshold, else value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold, else value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if x &gt; threshold, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; threshold, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>depends on threshold and value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>discontinuous at threshold (unless value = threshold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rarely as a hidden activation; a step-like gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>simple gating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jump in f; gradient 0 below the threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inputs at or below it are replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what replaces them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardswish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardswish(x) = 0 if x ≤ -3;  x if x ≥ 3;  x (x + 3) / 6 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardswish(&lt;i&gt;x&lt;/i&gt;) = 0 if &lt;i&gt;x&lt;/i&gt; ≤ −3; &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; ≥ 3; &lt;i&gt;x&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; + 3)/6 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 if x &lt; -3;  1 if x &gt; 3;  (2x + 3) / 6 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 if &lt;i&gt;x&lt;/i&gt; &amp;lt; −3; 1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 3; (2&lt;i&gt;x&lt;/i&gt; + 3)/6 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[-0.375, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kinks at -3 and 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers of mobile networks (MobileNetV3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cheap piecewise approximation of SiLU/swish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>derivative jumps at ±3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ELU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ELU(x) = x if x &gt; 0, else alpha · (exp(x) - 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if x &gt; 0, else alpha · exp(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-alpha, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; f' continuous only when alpha = 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative outputs push the mean activation towards 0; no dead units</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exp is slower than max; saturates at -alpha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>size of the negative saturation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CELU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CELU(x) = max(0, x) + min(0, alpha · (exp(x / alpha) - 1))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CELU(&lt;i&gt;x&lt;/i&gt;) = max(0, &lt;i&gt;x&lt;/i&gt;) + min(0, α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt; − 1))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if x &gt; 0, else exp(x / alpha)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;/α&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuously differentiable for every alpha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>like ELU but with a continuous derivative for any alpha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PyTorch's CELU gradients are only float32-accurate, even in float64</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SELU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SELU(x) = scale · (x if x &gt; 0, else alpha · (exp(x) - 1));  alpha ≈ 1.6733, scale ≈ 1.0507</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SELU(&lt;i&gt;x&lt;/i&gt;) = λ·(&lt;i&gt;x&lt;/i&gt; if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else α(e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − 1)); &amp;nbsp;α ≈ 1.6733, λ ≈ 1.0507</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scale if x &gt; 0, else scale · alpha · exp(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>λ if &lt;i&gt;x&lt;/i&gt; &amp;gt; 0, else λα e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-1.7581, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kink at 0 (slope 1.0507 right, 1.7581 left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers of self-normalising networks (with Kaiming normal, nonlinearity 'linear')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keeps activations near mean 0, variance 1 through many layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs the matching initialisation and no batch norm to self-normalise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GELU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GELU(x) = x · Φ(x) = x/2 · (1 + erf(x / √2));  tanh form: x/2 · (1 + tanh(√(2/π) (x + 0.044715 x³)))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GELU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·Φ(&lt;i&gt;x&lt;/i&gt;) = ½&lt;i&gt;x&lt;/i&gt;(1 + erf(&lt;i&gt;x&lt;/i&gt;/√2)); tanh form ½&lt;i&gt;x&lt;/i&gt;(1 + tanh(√(2/π)(&lt;i&gt;x&lt;/i&gt; + 0.044715&lt;i&gt;x&lt;/i&gt;&lt;sup&gt;3&lt;/sup&gt;)))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GELU'(x) = Φ(x) + x · φ(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GELU′(&lt;i&gt;x&lt;/i&gt;) = Φ(&lt;i&gt;x&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·φ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[-0.17, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth (infinitely differentiable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers of transformers (BERT, GPT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth; weights inputs by how likely they are to be positive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>costlier than ReLU; dips slightly below 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'tanh' uses the tanh approximation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SiLU (swish)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SiLU(x) = x · σ(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SiLU(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·σ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SiLU'(x) = σ(x) · (1 + x · (1 - σ(x)))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SiLU′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 + &lt;i&gt;x&lt;/i&gt;(1 − σ(&lt;i&gt;x&lt;/i&gt;)))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[-0.278, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (EfficientNet, many CNNs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth, non-monotonic bump helps optimisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>costlier than ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mish(x) = x · tanh(softplus(x))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mish(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;·tanh(ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mish'(x) = tanh(sp) + x · sech²(sp) · σ(x),  sp = softplus(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mish′(&lt;i&gt;x&lt;/i&gt;) = tanh(&lt;i&gt;s&lt;/i&gt;) + &lt;i&gt;x&lt;/i&gt;·sech²(&lt;i&gt;s&lt;/i&gt;)·σ(&lt;i&gt;x&lt;/i&gt;), &lt;i&gt;s&lt;/i&gt; = ln(1 + e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[-0.309, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers (YOLOv4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth, self-regularising shape close to SiLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the costliest of the ReLU family</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softplus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softplus(x) = (1 / beta) · ln(1 + exp(beta · x));  x where beta · x &gt; threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softplus(&lt;i&gt;x&lt;/i&gt;) = (1/β) ln(1 + e&lt;sup&gt;β&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;); &lt;i&gt;x&lt;/i&gt; where β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softplus'(x) = σ(beta · x)  (1 where beta · x &gt; threshold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softplus′(&lt;i&gt;x&lt;/i&gt;) = σ(β&lt;i&gt;x&lt;/i&gt;) (1 where β&lt;i&gt;x&lt;/i&gt; &amp;gt; threshold)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(0, ∞)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth (the linear switch at the threshold is invisible in float32)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers; outputs that must be positive (a variance, a rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a smooth ReLU with a gradient everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never exactly 0; exp and log are slower</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sharpness; large beta approaches ReLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>above beta·x &gt; threshold the function is x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>σ(x) = 1 / (1 + exp(-x))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>σ(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>σ'(x) = σ(x) · (1 - σ(x))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>σ′(&lt;i&gt;x&lt;/i&gt;) = σ(&lt;i&gt;x&lt;/i&gt;)(1 − σ(&lt;i&gt;x&lt;/i&gt;))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(0, 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output layer for binary classification (with BCELoss)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output reads as a probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saturates for |x| &gt; 5, so gradients vanish within a few layers; not zero-centred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>binary classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tanh(&lt;i&gt;x&lt;/i&gt;) = (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; − e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;) / (e&lt;sup&gt;&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt; + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tanh'(x) = 1 - tanh²(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tanh′(&lt;i&gt;x&lt;/i&gt;) = 1 − tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-1, 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers of shallow nets and RNNs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zero-centred; gradient up to 1 (four times sigmoid's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still saturates for |x| &gt; 3, gradients vanish in deep nets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardtanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardtanh(x) = min(max(x, min_val), max_val)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardtanh(&lt;i&gt;x&lt;/i&gt;) = min(max(&lt;i&gt;x&lt;/i&gt;, min_val), max_val)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if min_val &lt; x &lt; max_val, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if min_val &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; max_val, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[min_val, max_val]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kinks at min_val and max_val</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers where a cheap tanh is wanted; quantised nets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cheap; exactly linear in the middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gradient exactly 0 outside the clip range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower clip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upper clip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardsigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardsigmoid(x) = 0 if x ≤ -3;  1 if x ≥ 3;  x / 6 + 1/2 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardsigmoid(&lt;i&gt;x&lt;/i&gt;) = 0 if &lt;i&gt;x&lt;/i&gt; ≤ −3; 1 if &lt;i&gt;x&lt;/i&gt; ≥ 3; &lt;i&gt;x&lt;/i&gt;/6 + ½ otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1/6 if -3 &lt; x &lt; 3, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1/6 if −3 &amp;lt; &lt;i&gt;x&lt;/i&gt; &amp;lt; 3, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[0, 1]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gates in mobile networks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cheap sigmoid substitute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gradient 0 outside [-3, 3]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>f'' by autograd on the equal form relu6(x + 3) / 6: PyTorch has no derivative for hardsigmoid_backward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softsign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softsign(x) = x / (1 + |x|)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softsign(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; / (1 + |&lt;i&gt;x&lt;/i&gt;|)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softsign'(x) = 1 / (1 + |x|)²</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softsign′(&lt;i&gt;x&lt;/i&gt;) = 1 / (1 + |&lt;i&gt;x&lt;/i&gt;|)&lt;sup&gt;2&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuously differentiable; f'' jumps at 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden layers, as a slower-saturating tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saturates polynomially, more gently than tanh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still saturates; rarely used today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSigmoid(x) = ln(σ(x)) = -softplus(-x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSigmoid(&lt;i&gt;x&lt;/i&gt;) = ln σ(&lt;i&gt;x&lt;/i&gt;) = −ln(1 + e&lt;sup&gt;−&lt;i&gt;x&lt;/i&gt;&lt;/sup&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSigmoid'(x) = 1 - σ(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSigmoid′(&lt;i&gt;x&lt;/i&gt;) = 1 − σ(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-∞, 0)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inside losses (log-likelihood of a binary label), numerically stable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stable log of a probability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not used as a hidden activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanhshrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanhshrink(x) = x - tanh(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanhshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − tanh(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanhshrink'(x) = tanh²(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanhshrink′(&lt;i&gt;x&lt;/i&gt;) = tanh&lt;sup&gt;2&lt;/sup&gt;(&lt;i&gt;x&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sparse coding; rarely a hidden activation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pushes small values towards 0 smoothly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gradient near 0 for small inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softshrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softshrink(x) = x - lambd if x &gt; lambd;  x + lambd if x &lt; -lambd;  0 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; − λ if &lt;i&gt;x&lt;/i&gt; &amp;gt; λ; &lt;i&gt;x&lt;/i&gt; + λ if &lt;i&gt;x&lt;/i&gt; &amp;lt; −λ; 0 otherwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if |x| &gt; lambd, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 if |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuous; kinks at ±lambd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sparse coding, denoising (soft thresholding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>produces exact zeros: sparse outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gradient 0 inside the band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>half-width of the zero band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardshrink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardshrink(x) = x if |x| &gt; lambd, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardshrink(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt; if |&lt;i&gt;x&lt;/i&gt;| &amp;gt; λ, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>discontinuous at ±lambd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sparse coding (hard thresholding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keeps large values unchanged, zeroes small ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jumps at ±lambd; gradient 0 inside the band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity(x) = x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity(&lt;i&gt;x&lt;/i&gt;) = &lt;i&gt;x&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity'(x) = 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity′(&lt;i&gt;x&lt;/i&gt;) = 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>smooth (linear)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output layer for regression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no distortion of the output scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no non-linearity: stacked linear layers collapse into one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>regression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softmax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>softmax(x)_i = exp(x_i / T) / Σ_j exp(x_j / T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂p_i/∂x_j = p_i (δ_ij - p_j) / T   (the Jacobian diag(p) - p pᵀ, over T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T &amp;nbsp;— the Jacobian (diag(&lt;b&gt;p&lt;/b&gt;) − &lt;b&gt;p&lt;/b&gt;&lt;b&gt;p&lt;/b&gt;&lt;sup&gt;T&lt;/sup&gt;)/T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(0, 1), summing to 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output layer for multi-class classification (CrossEntropyLoss applies it for you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>turns scores into a probability distribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its derivative is a Jacobian, not softmax applied twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>divides the input before the function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>multi-class classification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LogSoftmax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log_softmax(x)_i = x_i / T - ln Σ_j exp(x_j / T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log_softmax(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T − ln Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂y_i/∂x_j = (δ_ij - p_j) / T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = (δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output layer with NLLLoss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>numerically stable log-probabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outputs are logs, not probabilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Softmin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>softmin(x)_i = exp(-x_i / T) / Σ_j exp(-x_j / T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>softmin(&lt;b&gt;x&lt;/b&gt;)&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt; / Σ&lt;sub&gt;&lt;i&gt;j&lt;/i&gt;&lt;/sub&gt; e&lt;sup&gt;−&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;/T&lt;/sup&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂p_i/∂x_j = -p_i (δ_ij - p_j) / T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt; = −&lt;i&gt;p&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;(δ&lt;sub&gt;&lt;i&gt;ij&lt;/i&gt;&lt;/sub&gt; − &lt;i&gt;p&lt;sub&gt;j&lt;/sub&gt;&lt;/i&gt;)/T</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attention over costs or distances (small is likely)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a distribution that favours the smallest input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rarely needed: softmax of -x is the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GLU(a, b) = a ⊗ σ(b), where the input splits in half: x = (a, b)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GLU(&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;) = &lt;b&gt;a&lt;/b&gt; ⊗ σ(&lt;b&gt;b&lt;/b&gt;), input split in halves &lt;b&gt;x&lt;/b&gt; = (&lt;b&gt;a&lt;/b&gt;, &lt;b&gt;b&lt;/b&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂y_i/∂a_i = σ(b_i);  ∂y_i/∂b_i = a_i σ(b_i)(1 - σ(b_i))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = σ(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;); ∂&lt;i&gt;y&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;/∂&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt; = &lt;i&gt;a&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;σ′(&lt;i&gt;b&lt;sub&gt;i&lt;/sub&gt;&lt;/i&gt;)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(-∞, ∞), half the input's length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gated layers in language models (GLU, SwiGLU variants)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a learned gate controls what passes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>halves the width; needs an even-length input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uniform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ U(a, b)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every value in [a, b] equally likely; the scale ignores the layer size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upper bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ N(mean, std²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a fixed std ignores the layer size: deep nets explode or vanish unless std ≈ 1/√fan_in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W = val</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all units of a layer compute the same thing and get the same gradient: symmetry is never broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the value of every weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W = 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a constant: no symmetry breaking, and the output grows with the layer width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zeros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W = 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fine for biases; for weights every hidden unit stays identical (and ReLU nets get no gradient)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity (eye)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W = I (ones on the diagonal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a Linear layer that passes its input through: keeps the identity in residual-style deep nets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirac</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W[i, i, centre] = 1, else 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a convolution that copies its input channels: the identity for conv layers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number of groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Xavier (Glorot) uniform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ U(−b, b), b = gain·√(6 / (fan_in + fan_out))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glorot &amp; Bengio 2010: variance 2/(fan_in + fan_out) keeps activations and gradients steady for tanh-like units; ReLU nets fade with it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scales the standard deviation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Xavier (Glorot) normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ N(0, std²), std = gain·√(2 / (fan_in + fan_out))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glorot &amp; Bengio 2010: the compromise between forward (fan_in) and backward (fan_out) variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaiming (He) uniform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ U(−b, b), b = gain·√(3 / fan_mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>He et al. 2015: variance 2/fan_in keeps ReLU activations steady through depth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative slope of the leaky ReLU after this layer (used by leaky_relu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fan_in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fan_out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fan_in keeps the forward variance, fan_out the backward variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leaky_relu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv1d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv2d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv3d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv_transpose1d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv_transpose2d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>conv_transpose3d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sigmoid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>relu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>selu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the activation after this layer; chooses the gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaiming (He) normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ N(0, std²), std = gain / √fan_mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>He et al. 2015: ReLU zeroes half its inputs, so the weights need twice the variance (gain √2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Truncated normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ N(mean, std²) redrawn until a ≤ W ≤ b</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no outliers; note a and b are absolute values, and the real std is below the std argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower cut-off (absolute, not in std units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upper cut-off (absolute, not in std units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Orthogonal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W = gain·Q, Q from the QR decomposition of a normal matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saxe et al. 2014: all singular values equal gain, so a linear deep net preserves norms exactly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sparse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ N(0, std²), then ⌈sparsity·rows⌉ entries of each column set to 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Martens 2010: each unit sees only some inputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>share of each column set to zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PyTorch default for nn.Linear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ U(−1/√fan_in, 1/√fan_in)  (kaiming_uniform_ with a = √5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>variance 1/(3·fan_in): a third of what ReLU needs, so deep nets built with the defaults fade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PyTorch default for nn.Conv2d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W ~ U(−1/√fan_in, 1/√fan_in), fan_in = in·kh·kw  (kaiming_uniform_ with a = √5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the same rule as nn.Linear, with the kernel's receptive field counted in fan_in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sigmoid + PyTorch default init</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>σ′ is at most 1/4 and nn.Linear's default gives Var(W) = 1/(3·fan_in), so every layer multiplies the gradient's variance by about 1/48: the first layers get gradients thousands of times smaller than the last.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU: Xavier vs Kaiming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU zeroes half its inputs. With Var(W) = 1/n (Xavier on a square layer) the activation variance halves every layer, so the std falls by √2 per layer; Kaiming's 2/n (gain √2) keeps it constant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Xavier normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tanh + Xavier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Xavier's variance 2/(fan_in + fan_out) keeps activations and back-propagated gradients at similar scales in every layer; the older U(−1/√n, 1/√n) rule (PyTorch's default) lets them shrink with depth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PyTorch default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SELU + Kaiming normal ('linear')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With Var(W) = 1/n, SELU drives every layer's activations to mean 0 and std 1: the network normalises itself. PyTorch's own gain for 'selu' (3/4) breaks the fixed point, as its documentation warns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nonlinearity 'selu' (gain 3/4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ReLU + PyTorch default init</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nn.Linear's default variance 1/(3·fan_in) is a sixth of what ReLU needs to keep the variance: the activations shrink by √6 per layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaiming uniform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one class in a disc (r &lt; 2.5), the other in a ring around it (3.5 &lt; r &lt; 5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclusive or</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>class 1 where x1 and x2 have the same sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two round clusters around (2, 2) and (-2, -2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spiral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two interleaved spiral arms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two moons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two interleaved half circles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>x₁</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>x₂</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>x₁²</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>x₂²</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>x₁x₂</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sin(x₁)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sin(x₂)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SGD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>w ← w − lr·g: plain gradient descent on mini-batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a running sum of gradients (μ = 0.9) smooths and speeds descent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per-weight step sizes from running moments of the gradient (β = 0.9, 0.999)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every weight is equal: a spike, no density.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity: ones on the diagonal, zeros elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One 1 per output channel at the kernel centre: the identity convolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bound = gain·√(6 / (fan_in + fan_out)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bound = gain·√(3 / fan_mode).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The std after truncation is smaller than the std argument.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows (or columns) orthonormal times gain: the sum of squares is exactly gain²·min(rows, cols); entries are close to normal for large sizes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A share ⌈sparsity·rows⌉/rows of each column set to zero, the rest N(0, std²).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kaiming_uniform_(a=√5): U(−1/√fan_in, 1/√fan_in); the bias is drawn from the same range.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gallery</name>
        <message>
            <location filename="../../gui/export/gallery.py" line="153" />
            <source>Activation functions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="176" />
            <source>Output range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="155" />
            <source>All figures in one PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/export/gallery.py" line="154" />
            <source>Generated by Activation Lab with PyTorch {0}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>figures</name>
        <message>
            <location filename="../../gui/figures/builders.py" line="271" />
            <source>comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="212" />
            <source>weight value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="327" />
            <source>density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="302" />
            <source>log10 share of the layer's peak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="310" />
            <source>Activation std per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="317" />
            <source>layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="310" />
            <source>std of h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="311" />
            <source>Activation mean per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="311" />
            <source>mean of h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="313" />
            <source>Gradient std per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="313" />
            <source>std of the gradient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="316" />
            <source>Distribution of activations per layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="326" />
            <source>activation value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="332" />
            <source>{0} layers of width {1}, batch {2}, bias {3}, seed {4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="193" />
            <source>every weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="205" />
            <source>{0}: mean {1} (theory {2}), std {3} (theory {4})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="286" />
            <source>theory (infinite width)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="287" />
            <source>theory ∂loss/∂h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="288" />
            <source>theory ∂loss/∂W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="377" />
            <source>input x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="382" />
            <source>index i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="389" />
            <source>Jacobian ∂yᵢ/∂xⱼ (autograd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="390" />
            <source>input j</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="391" />
            <source>output i</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="197" />
            <source>{0}: theory, {1} = {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="211" />
            <source>Weights of shape {0}, seed {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="218" />
            <source> vs </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="325" />
            <source>Activations of layer {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="179" />
            <source>{0}: sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="195" />
            <source>a share {0} of the weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="381" />
            <source>output {0}(x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="202" />
            <source>{0}: theory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/builders.py" line="328" />
            <source>layer {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="27" />
            <source>no hidden layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="34" />
            <source>Decision map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="76" />
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="76" />
            <source>epoch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="76" />
            <source>loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="29" />
            <source>{0}, {1}, {2} lr {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="64" />
            <source>train loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="66" />
            <source>test loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="82" />
            <source>epoch {0}: train accuracy {1}, test accuracy {2}; {3}, noise {4} %, seed {5}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="39" />
            <source>class {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="39" />
            <source>train</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="39" />
            <source>test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/figures/training.py" line="47" />
            <source>output</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
