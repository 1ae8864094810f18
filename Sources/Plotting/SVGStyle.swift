/// The stylesheet shared by every SVG figure: colors and fonts as CSS custom properties.
///
/// A page sets `--plot-text`, `--plot-grid`, `--plot-zero`, `--plot-node`, `--plot-font`
/// (or leaves them) to match its theme; without them the figure follows the reader's light
/// or dark preference. Presentation attributes cannot take `var()`, so the figure's parts
/// carry classes and these rules color them; each rule first gives the plain color for
/// renderers without custom properties. Light colors are plotly.js's defaults
/// (text `#444`, grid `#eee`, zero line `#444`, font "Open Sans", verdana, arial).
public enum SVGStyle {
  /// The rules, prefixed with the figure class `sgp` so they touch nothing else on a page.
  public static let stylesheet = """
    .sgp{font:12px "Open Sans",verdana,arial,sans-serif;\
    font-family:var(--plot-font,"Open Sans",verdana,arial,sans-serif)}\
    .sgp text{fill:#444;fill:var(--plot-text,#444)}\
    .sgp .sgp-grid{fill:none;stroke:#eee;stroke:var(--plot-grid,#eee)}\
    .sgp .sgp-zero{fill:none;stroke:#444;stroke:var(--plot-zero,#444)}\
    .sgp .sgp-node{fill:#f5f7fa;fill:var(--plot-node,#f5f7fa);stroke:#888;\
    stroke:var(--plot-edge,#888)}\
    .sgp .sgp-edge{fill:none;stroke:#888;stroke:var(--plot-edge,#888)}\
    .sgp .sgp-arrow{fill:#888;fill:var(--plot-edge,#888)}\
    @media (prefers-color-scheme:dark){.sgp text{fill:#ccc;fill:var(--plot-text,#ccc)}\
    .sgp .sgp-grid{stroke:#3a3a3a;stroke:var(--plot-grid,#3a3a3a)}\
    .sgp .sgp-zero{stroke:#999;stroke:var(--plot-zero,#999)}\
    .sgp .sgp-node{fill:#23272e;fill:var(--plot-node,#23272e);stroke:#999;\
    stroke:var(--plot-edge,#999)}\
    .sgp .sgp-edge{stroke:#999;stroke:var(--plot-edge,#999)}\
    .sgp .sgp-arrow{fill:#999;fill:var(--plot-edge,#999)}}\
    .sgp .sgp-line,.sgp .sgp-marker{fill:none;stroke-linecap:round;stroke-linejoin:round}\
    .sgp .sgp-title{font-size:17px}.sgp .sgp-axis-title{font-size:14px}\
    .sgp .sgp-op{font-weight:bold}
    """
}
