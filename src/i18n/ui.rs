//! Interface strings: one typed table per language.
//!
//! The struct is the catalog's list of keys, so a language that lacks a key does not compile;
//! `UiText::entries` lets a test find empty strings.

use super::Lang;

macro_rules! ui_text {
    ($( $(#[$doc:meta])* $key:ident ),* $(,)?) => {
        /// Every string the interface shows, in one language.
        #[derive(Debug)]
        pub struct UiText {
            $( $(#[$doc])* pub $key: &'static str, )*
        }

        impl UiText {
            /// Every key with its text, for completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($key), self.$key) ),*]
            }
        }
    };
}

ui_text! {
    /// The exhibit's name in the header and the document title.
    site_title,
    /// One line under the name.
    site_tagline,
    /// Screen-reader link that jumps past the header.
    skip_to_content,
    /// Accessible name of the main navigation.
    nav_label,
    nav_timeline,
    nav_charts,
    nav_about,
    /// Accessible name of the language switcher.
    language_label,
    home_heading,
    home_intro,
    home_charts_teaser,
    home_about_teaser,
    charts_heading,
    charts_intro,
    about_heading,
    about_method,
    about_wording,
    event_unknown_heading,
    event_unknown_body,
    not_found_heading,
    not_found_body,
    back_to_start,
    choose_language,
    /// The about page: how the figures were compiled, and the list of sources.
    about_compiled_heading,
    about_compiled,
    about_sources_heading,
    about_sources_intro,
    /// A source without a publication date.
    source_undated,
    /// Accessible name of the footer's links to the legal and contact pages.
    footer_label,
    /// Before the content's date in the footer: "Stand: 30. November 2026".
    footer_updated,
    /// The about page: the legal and contact pages (the way there on a kiosk, which has no
    /// footer) and the licences of the fonts and program libraries.
    about_legal_heading,
    about_licences_heading,
    about_licences,
    licence_fonts,
    licence_crates,
    /// Before a source's publication date.
    source_published,
    /// What kind of page a source is (`content::SourceKind`), shown beside it.
    kind_official_statistics,
    kind_government,
    kind_company,
    kind_news,
    kind_press_release,
    kind_copy,
    /// The about page: how many sources of each kind.
    about_kinds_heading,
    about_kinds_intro,
    /// Drawn on a chart where a year inside its span has no sourced figure.
    chart_no_figure,
    event_sources_heading,
    event_previous,
    event_next,
    event_category,
    confidence_inferred,
    confidence_uncertain,
    /// Before the note of a verified event that rests on its issuer's own word alone.
    confidence_own_account,
    timeline_intro,
    figures_heading,
    figure_more_than,
    figure_about,
    figure_as_of,
    figure_source,
    /// Before where a photograph's original comes from, in its caption.
    picture_source,
    /// The category filter's accessible name.
    filter_label,
    filter_show_all,
    /// The timeline's name, and the help a screen reader announces on its track.
    timeline_label,
    timeline_help,
    zoom_in,
    zoom_out,
    zoom_whole,
    /// After a number: several events too close together to show apart.
    cluster_label,
    /// Closes an event's card.
    close_card,
    /// On a card with more text below the visible part: scrolls the card on.
    card_more,
    /// The card's list of figures that belong to the event; each leads to its data.
    event_figures_heading,
    /// The charts page: one section per data series with its values year by year.
    data_heading,
    data_unit,
    table_year,
    table_value,
    table_status,
    table_note,
    table_source,
    status_reported,
    status_provisional,
    status_revised,
    status_estimate,
    /// Said of the row of the year the visitor came for.
    data_marked_year,
    /// Charts: the play button steps through the years.
    chart_play,
    chart_pause,
    /// Shows the chart's data as a table.
    chart_table,
    chart_download_csv,
    chart_download_svg,
    /// The legend's explanation of hollow marks and dashed lines.
    chart_legend_not_final,
    /// The accessible name of a chart's points; says how to move between them.
    chart_points_label,
    /// Before the list of a chart's sources.
    chart_sources,
    /// Under a kiosk's QR code of the view.
    take_home,
    /// How a link preview's description (`og:image:alt`) starts: what the picture is.
    preview_alt,
    /// Before a chart's title in a link preview's description.
    preview_chart,
    /// Staff panel: The staff's PIN pad: heading.
    staff_pin_heading,
    /// Staff panel: Under the heading.
    staff_pin_intro,
    /// Staff panel: Accessible name of the row of dots showing how many digits were typed.
    staff_pin_entered,
    /// Staff panel: The key that deletes the last digit.
    staff_pin_delete,
    /// Staff panel: The key that checks the PIN.
    staff_pin_ok,
    /// Staff panel: Closes the PIN pad or the reset confirmation.
    staff_cancel,
    /// Staff panel: A wrong PIN; `{n}`: tries left.
    staff_pin_wrong,
    /// Staff panel: Too many wrong PINs; `{n}`: seconds to wait.
    staff_pin_paused,
    /// Staff panel: The staff panel's heading.
    staff_heading,
    /// Staff panel: Closes the panel.
    staff_close,
    /// Staff panel: Says when the panel closes by itself.
    staff_closes_itself,
    /// Staff panel: The section about the kiosk itself.
    staff_kiosk_heading,
    /// Staff panel: The program's version and date.
    staff_build,
    /// Staff panel: The content's version and date.
    staff_content,
    /// Staff panel: Online or offline.
    staff_network,
    /// Staff panel: Connected.
    staff_online,
    /// Staff panel: Not connected.
    staff_offline,
    /// Staff panel: What the offline cache holds.
    staff_cache,
    /// Staff panel: After a number of files: "120 Dateien".
    staff_cache_files,
    /// Staff panel: The cache holds nothing (yet).
    staff_cache_none,
    /// Staff panel: How long the kiosk has run since it was started.
    staff_uptime,
    /// Staff panel: Unit after a number of days.
    staff_days,
    /// Staff panel: Unit after a number of hours.
    staff_hours,
    /// Staff panel: Unit after a number of minutes.
    staff_minutes,
    /// Staff panel: Unit after a number of seconds.
    staff_seconds,
    /// Staff panel: Errors since the start.
    staff_errors,
    /// Staff panel: Restarts after an error since the start.
    staff_restarts,
    /// Staff panel: Reloads the exhibit at once.
    staff_reload,
    /// Staff panel: The section with the visit counts.
    staff_counts_heading,
    /// Staff panel: What the counts are.
    staff_counts_note,
    /// Staff panel: The device's storage refused the counts.
    staff_counts_not_stored,
    /// Staff panel: No counts yet.
    staff_counts_none,
    /// Staff panel: Visits (a visit ends at the idle reset).
    staff_visits,
    /// Staff panel: The median visit length.
    staff_median,
    /// Staff panel: Charts played through the years.
    staff_charts_played,
    /// Staff panel: QR codes shown.
    staff_qr_shown,
    /// Staff panel: Languages chosen with the switcher.
    staff_languages,
    /// Staff panel: The ten events opened most.
    staff_top_events,
    /// Staff panel: Column: events opened.
    staff_events_opened,
    /// Staff panel: The table of counts per day.
    staff_per_day,
    /// Staff panel: Column: the day.
    staff_date,
    /// Staff panel: The row of totals.
    staff_total,
    /// Staff panel: Downloads the counts as CSV.
    staff_export,
    /// Staff panel: Starts deleting every count (asks first).
    staff_reset,
    /// Staff panel: The question before the counts are deleted.
    staff_reset_confirm,
    /// Staff panel: Confirms the deletion.
    staff_reset_yes,
    /// Staff panel: After the deletion.
    staff_reset_done,
    /// An embed whose address names no chart (the event's are `event_unknown_*`).
    chart_unknown_heading,
    chart_unknown_body,
    /// An embed's link to the full view, which opens in a new tab.
    embed_open,
    /// Said to screen readers after `embed_open`.
    embed_new_tab,
    /// The web control that copies the HTML to frame a chart or an event elsewhere.
    embed_code_copy,
    /// The label of the field that shows that HTML.
    embed_code_label,
    /// Announced once the HTML is on the clipboard.
    embed_code_copied,
    /// Announced when the browser refused the clipboard: the field's text is selected.
    embed_code_select,
}

const DE: UiText = UiText {
    site_title: "Nanjing – Stuttgart",
    site_tagline: "Zwei Städte und ihre Verbindungen",
    skip_to_content: "Zum Inhalt springen",
    nav_label: "Hauptnavigation",
    nav_timeline: "Zeitleiste",
    nav_charts: "Handel & Investitionen",
    nav_about: "Über & Quellen",
    language_label: "Sprache",
    home_heading: "Nanjing und Stuttgart",
    home_intro: "Entdecken Sie, wie Nanjing und Stuttgart zueinander gefunden haben: \
        über die Partnerschaft zwischen Baden-Württemberg und der Provinz Jiangsu, \
        über Begegnungen in Kultur und Bildung, über Messen, Handel und Investitionen.",
    home_charts_teaser:
        "Wie sich Handel und Investitionen entwickelt haben – Jahr für Jahr, mit Quelle.",
    home_about_teaser: "Woher jede Angabe stammt und wie die Zahlen zusammengetragen wurden.",
    charts_heading: "Handel und Investitionen",
    charts_intro: "Die Diagramme zeigen den Austausch zwischen Deutschland, Baden-Württemberg \
        und Nanjing. Jeder Wert nennt seine Quelle; Jahre ohne gesicherte Zahl bleiben \
        sichtbar leer.",
    about_heading: "Über diese Ausstellung",
    about_method: "Die Angaben stammen aus öffentlich zugänglichen Seiten von Statistikämtern, \
        Stadtverwaltungen, Ministerien, Unternehmen und Zeitungen, in einigen Fällen aus \
        Pressemitteilungen und Kopien anderer Seiten; jede Quelle ist als solche gekennzeichnet. \
        Wo sich Quellen widersprechen, zeigen wir beide Angaben; wo nichts zu finden war, \
        bleibt die Lücke sichtbar.",
    about_wording: "Stuttgart bezeichnet die Verbindung mit Nanjing als Städtefreundschaft \
        („besondere freundschaftliche Beziehungen“), nicht als offizielle Städtepartnerschaft. \
        Die chinesische Seite spricht von einer „Stadt der freundschaftlichen Zusammenarbeit“. \
        Diese Ausstellung folgt dieser Wortwahl.",
    event_unknown_heading: "Dieses Ereignis gibt es hier nicht",
    event_unknown_body: "Die Adresse verweist auf kein Ereignis der Ausstellung. \
        Vielleicht wurde es umbenannt – die Zeitleiste zeigt alle Ereignisse.",
    not_found_heading: "Seite nicht gefunden",
    not_found_body: "Diese Adresse gehört nicht zur Ausstellung.",
    back_to_start: "Zur Startseite",
    choose_language: "Sprache wählen",
    about_compiled_heading: "Wie die Zahlen zusammengetragen wurden",
    about_compiled:
        "Die Zahlen stammen aus Meldungen von Statistikämtern, Ministerien, Unternehmen \
        und Zeitungen. Euro- und Dollar-Reihen beruhen auf verschiedenen Statistiken und werden \
        nie auf einer Achse verglichen. Jeder Wert trägt einen Status: gemeldet, vorläufig, \
        korrigiert oder geschätzt. Für Jahre ohne belastbare Zahl zeigen wir nichts – keine Null.",
    about_sources_heading: "Quellen",
    about_sources_intro:
        "Jede Quelle, die diese Ausstellung verwendet, in der Sprache ihres Titels:",
    source_undated: "ohne Datum",
    footer_label: "Rechtliches und Kontakt",
    footer_updated: "Stand:",
    about_legal_heading: "Impressum, Datenschutz und Kontakt",
    about_licences_heading: "Lizenzen",
    about_licences: "Die Schriften sind Ausschnitte aus Inter und Noto Sans CJK SC unter der SIL Open Font \
        License 1.1. Das Programm enthält freie Rust-Bibliotheken; ihre Lizenzhinweise liegen der \
        Ausstellung bei.",
    licence_fonts: "Lizenz der Schriften (SIL Open Font License 1.1)",
    licence_crates: "Lizenzhinweise der Programmbibliotheken",
    source_published: "veröffentlicht",
    kind_official_statistics: "amtliche Statistik",
    kind_government: "Regierung oder Verwaltung",
    kind_company: "Angabe des Unternehmens",
    kind_news: "Nachrichtenmedium",
    kind_press_release: "Pressemitteilung",
    kind_copy: "Kopie einer anderen Seite",
    about_kinds_heading: "Welche Art von Quelle",
    about_kinds_intro: "Jede Quelle ist als amtliche Statistik, Regierung oder Verwaltung, Nachrichtenmedium, Angabe eines Unternehmens, Pressemitteilung oder Kopie einer anderen Seite gekennzeichnet. Was nur ein Unternehmen oder eine Pressemitteilung über sich sagt, steht als solches da; Kopien stehen nur neben dem Original.",
    chart_no_figure: "keine belegte Zahl",
    event_sources_heading: "Quellen",
    event_previous: "Früher",
    event_next: "Später",
    event_category: "Thema",
    confidence_inferred: "Datum erschlossen",
    confidence_uncertain: "Quellen uneinig",
    confidence_own_account: "Nach eigenen Angaben",
    timeline_intro: "Alle Ereignisse der Ausstellung, nach Abschnitten geordnet:",
    figures_heading: "Nanjing und Deutschland in Zahlen",
    figure_more_than: "mehr als",
    figure_about: "etwa",
    figure_as_of: "Stand",
    figure_source: "Quelle",
    picture_source: "Original",
    filter_label: "Themen ein- und ausblenden",
    filter_show_all: "Alle Themen zeigen",
    timeline_label: "Zeitleiste",
    timeline_help: "Zeitleiste: Plus und Minus zoomen, Pfeiltasten verschieben, Pos1 und Ende springen zum Anfang und Ende.",
    zoom_in: "Heranzoomen",
    zoom_out: "Herauszoomen",
    zoom_whole: "Alle Jahre",
    cluster_label: "Ereignisse liegen hier dicht beieinander – antippen zum Heranzoomen",
    close_card: "Schließen",
    card_more: "Weiterlesen",
    event_figures_heading: "Zahlen zu diesem Ereignis",
    data_heading: "Die Zahlen Jahr für Jahr",
    data_unit: "Einheit",
    table_year: "Jahr",
    table_value: "Wert",
    table_status: "Status",
    table_note: "Anmerkung",
    table_source: "Quelle",
    status_reported: "gemeldet",
    status_provisional: "vorläufig",
    status_revised: "korrigiert",
    status_estimate: "geschätzt",
    data_marked_year: "das gewählte Jahr",
    chart_play: "Jahre abspielen",
    chart_pause: "Anhalten",
    chart_table: "Als Tabelle",
    chart_download_csv: "Daten (CSV)",
    chart_download_svg: "Grafik (SVG)",
    chart_legend_not_final: "Hohler Punkt, gestrichelte Linie: vorläufiger, korrigierter oder geschätzter Wert",
    chart_points_label: "Werte: mit den Pfeiltasten von Jahr zu Jahr",
    chart_sources: "Quellen",
    take_home: "Mit dem Handy scannen und zu Hause weiterlesen",
    preview_alt: "Vorschaubild",
    preview_chart: "Diagramm",
    staff_pin_heading: "PIN für das Ausstellungsteam",
    staff_pin_intro: "Bitte die PIN dieses Kiosks eingeben.",
    staff_pin_entered: "Eingegebene Ziffern",
    staff_pin_delete: "Ziffer löschen",
    staff_pin_ok: "OK",
    staff_cancel: "Abbrechen",
    staff_pin_wrong: "Falsche PIN. Noch {n} Versuche.",
    staff_pin_paused: "Zu viele falsche Eingaben. Bitte {n} Sekunden warten.",
    staff_heading: "Kiosk-Übersicht für das Ausstellungsteam",
    staff_close: "Schließen",
    staff_closes_itself: "Schließt sich nach einer Minute ohne Berührung.",
    staff_kiosk_heading: "Dieser Kiosk",
    staff_build: "Programm",
    staff_content: "Inhalte",
    staff_network: "Netz",
    staff_online: "verbunden",
    staff_offline: "nicht verbunden",
    staff_cache: "Offline-Speicher",
    staff_cache_files: "Dateien",
    staff_cache_none: "leer",
    staff_uptime: "Läuft seit",
    staff_days: "T.",
    staff_hours: "Std.",
    staff_minutes: "Min.",
    staff_seconds: "s",
    staff_errors: "Fehler seit dem Start",
    staff_restarts: "Automatische Neustarts",
    staff_reload: "Jetzt neu laden",
    staff_counts_heading: "Zählungen auf diesem Gerät",
    staff_counts_note: "Anonym, ohne Cookies, nur auf diesem Gerät gespeichert und nie gesendet; je Tag, höchstens 90 Tage.",
    staff_counts_not_stored: "Der Speicher dieses Geräts nimmt die Zählungen nicht an (voll oder gesperrt): Sie gelten nur bis zum nächsten Neuladen.",
    staff_counts_none: "Noch keine Zählungen.",
    staff_visits: "Besuche",
    staff_median: "Mittlere Besuchsdauer (Median)",
    staff_charts_played: "Abgespielte Diagramme",
    staff_qr_shown: "Gezeigte QR-Codes",
    staff_languages: "Gewählte Sprachen",
    staff_top_events: "Die zehn meistgeöffneten Ereignisse",
    staff_events_opened: "Geöffnete Ereignisse",
    staff_per_day: "Je Tag",
    staff_date: "Tag",
    staff_total: "Summe",
    staff_export: "Als CSV exportieren",
    staff_reset: "Zählungen zurücksetzen",
    staff_reset_confirm: "Alle Zählungen dieses Geräts löschen? Das lässt sich nicht rückgängig machen.",
    staff_reset_yes: "Ja, alle löschen",
    staff_reset_done: "Die Zählungen wurden gelöscht.",
    chart_unknown_heading: "Diese Grafik gibt es hier nicht",
    chart_unknown_body: "Die Adresse verweist auf keine Grafik der Ausstellung. \
        Vielleicht wurde sie umbenannt – in der Ausstellung finden Sie alle Grafiken.",
    embed_open: "In der Ausstellung öffnen",
    embed_new_tab: "(öffnet in einem neuen Tab)",
    embed_code_copy: "Einbettungscode kopieren",
    embed_code_label: "Einbettungscode (HTML) für Ihre Website",
    embed_code_copied: "Einbettungscode in die Zwischenablage kopiert.",
    embed_code_select: "Kopieren war nicht möglich. Der Code ist markiert: \
        kopieren Sie ihn mit Strg+C (Mac: Cmd+C).",
};

const ZH: UiText = UiText {
    site_title: "南京 – 斯图加特",
    site_tagline: "两座城市和它们之间的纽带",
    skip_to_content: "跳到正文",
    nav_label: "主导航",
    nav_timeline: "时间轴",
    nav_charts: "贸易与投资",
    nav_about: "关于与来源",
    language_label: "语言",
    home_heading: "南京与斯图加特",
    home_intro: "了解南京与斯图加特是如何走到一起的：从巴登-符腾堡州与江苏省的伙伴关系，\
        到文化与教育领域的交流，再到展会、贸易和投资。",
    home_charts_teaser: "贸易与投资逐年的变化，每个数字都注明来源。",
    home_about_teaser: "每条信息从何而来，数据如何汇编。",
    charts_heading: "贸易与投资",
    charts_intro: "这些图表展示德国、巴登-符腾堡州与南京之间的往来。\
        每个数值都注明来源；没有可靠数据的年份会明确留空。",
    about_heading: "关于本展览",
    about_method: "信息来自统计部门、城市政府、政府部门、企业和报刊公开发布的网页，\
        一些来自新闻稿和网页的复本，每个来源都注明属于何种来源。来源之间有出入时，我们同时列出两种说法；\
        找不到资料的地方，空缺会如实保留。",
    about_wording: "斯图加特把与南京的关系称为“特殊友好关系”（Städtefreundschaft），\
        而不是正式结好的友好城市；中方称两市为友好合作城市。本展览沿用这些表述。",
    event_unknown_heading: "没有找到这个事件",
    event_unknown_body: "该地址没有对应的展览事件，可能已经更名。时间轴上列出了全部事件。",
    not_found_heading: "找不到该页面",
    not_found_body: "此地址不属于本展览。",
    back_to_start: "返回首页",
    choose_language: "选择语言",
    about_compiled_heading: "数据是如何汇编的",
    about_compiled: "数据来自统计部门、政府部门、企业和报刊发布的信息。欧元和美元两套数据\
        依据不同的统计口径，因此从不放在同一坐标轴上比较。每个数值都标明状态：已公布、初步、\
        已修正或估计。没有可靠数据的年份留空，而不是记作零。",
    about_sources_heading: "资料来源",
    about_sources_intro: "本展览使用的全部来源，标题保留原文：",
    source_undated: "未注明日期",
    footer_label: "法律信息和联系方式",
    footer_updated: "更新日期：",
    about_legal_heading: "网站信息、隐私和联系方式",
    about_licences_heading: "许可证",
    about_licences: "字体是Inter和Noto Sans CJK SC的子集，采用SIL开放字体许可证1.1。\
        程序包含开源Rust库；其许可声明随展览一并提供。",
    licence_fonts: "字体许可证（SIL开放字体许可证1.1）",
    licence_crates: "程序库的许可声明",
    source_published: "发布于",
    kind_official_statistics: "官方统计",
    kind_government: "政府机构",
    kind_company: "企业自述",
    kind_news: "新闻媒体",
    kind_press_release: "新闻稿",
    kind_copy: "转载页面",
    about_kinds_heading: "来源的类型",
    about_kinds_intro: "每条来源都标明其类型：官方统计、政府机构、新闻媒体、企业自述、新闻稿或转载页面。企业或新闻稿对自身的说法按原样标注；转载页面只与原始来源并列出现。",
    chart_no_figure: "无可靠数据",
    event_sources_heading: "资料来源",
    event_previous: "更早",
    event_next: "更晚",
    event_category: "主题",
    confidence_inferred: "日期系推断",
    confidence_uncertain: "来源说法不一",
    confidence_own_account: "据当事方自述",
    timeline_intro: "展览中的全部事件，按时期排列：",
    figures_heading: "数字中的南京与德国",
    figure_more_than: "超过",
    figure_about: "约",
    figure_as_of: "截至",
    figure_source: "来源",
    picture_source: "原件",
    filter_label: "显示或隐藏主题",
    filter_show_all: "显示全部主题",
    timeline_label: "时间轴",
    timeline_help: "时间轴：按加号或减号缩放，方向键移动，Home 键和 End 键跳到开头和结尾。",
    zoom_in: "放大",
    zoom_out: "缩小",
    zoom_whole: "全部年份",
    cluster_label: "个事件在此处相距很近，点按即可放大查看",
    close_card: "关闭",
    card_more: "继续阅读",
    event_figures_heading: "与此事件相关的数据",
    data_heading: "逐年数据",
    data_unit: "单位",
    table_year: "年份",
    table_value: "数值",
    table_status: "状态",
    table_note: "说明",
    table_source: "来源",
    status_reported: "已公布",
    status_provisional: "初步",
    status_revised: "已修正",
    status_estimate: "估计",
    data_marked_year: "所选年份",
    chart_play: "逐年播放",
    chart_pause: "暂停",
    chart_table: "以表格显示",
    chart_download_csv: "数据（CSV）",
    chart_download_svg: "图表（SVG）",
    chart_legend_not_final: "空心圆点和虚线：初步、已修正或估计的数值",
    chart_points_label: "数值：用方向键逐年切换",
    chart_sources: "来源",
    take_home: "用手机扫码，回家继续阅读",
    preview_alt: "链接预览图",
    preview_chart: "图表",
    staff_pin_heading: "工作人员 PIN",
    staff_pin_intro: "请输入本机的 PIN。",
    staff_pin_entered: "已输入的位数",
    staff_pin_delete: "删除一位",
    staff_pin_ok: "确定",
    staff_cancel: "取消",
    staff_pin_wrong: "PIN 错误。还可以尝试 {n} 次。",
    staff_pin_paused: "错误次数过多。请等待 {n} 秒。",
    staff_heading: "工作人员面板",
    staff_close: "关闭",
    staff_closes_itself: "一分钟无操作后自动关闭。",
    staff_kiosk_heading: "本机状态",
    staff_build: "程序版本",
    staff_content: "内容版本",
    staff_network: "网络",
    staff_online: "在线",
    staff_offline: "离线",
    staff_cache: "离线缓存",
    staff_cache_files: "个文件",
    staff_cache_none: "为空",
    staff_uptime: "已运行",
    staff_days: "天",
    staff_hours: "小时",
    staff_minutes: "分钟",
    staff_seconds: "秒",
    staff_errors: "启动以来的错误",
    staff_restarts: "自动重启次数",
    staff_reload: "立即重新加载",
    staff_counts_heading: "本机统计",
    staff_counts_note: "匿名统计，不使用 Cookie，仅保存在本机，从不发送；按天记录，最多保留 90 天。",
    staff_counts_not_stored: "本机存储无法保存统计（已满或被禁用）：统计仅保留到下次重新加载。",
    staff_counts_none: "尚无统计。",
    staff_visits: "访问次数",
    staff_median: "访问时长中位数",
    staff_charts_played: "播放的图表",
    staff_qr_shown: "显示的二维码",
    staff_languages: "选择的语言",
    staff_top_events: "打开最多的十个事件",
    staff_events_opened: "打开的事件",
    staff_per_day: "按天统计",
    staff_date: "日期",
    staff_total: "合计",
    staff_export: "导出为 CSV",
    staff_reset: "重置统计",
    staff_reset_confirm: "删除本机的全部统计？此操作无法撤销。",
    staff_reset_yes: "是，全部删除",
    staff_reset_done: "统计已删除。",
    chart_unknown_heading: "没有找到这张图表",
    chart_unknown_body: "该地址没有对应的展览图表，可能已经更名。展览中列出了全部图表。",
    embed_open: "在展览中打开",
    embed_new_tab: "（在新标签页中打开）",
    embed_code_copy: "复制嵌入代码",
    embed_code_label: "用于您网站的嵌入代码（HTML）",
    embed_code_copied: "嵌入代码已复制到剪贴板。",
    embed_code_select: "无法自动复制。代码已选中，请按 Ctrl+C（Mac：Cmd+C）复制。",
};

const EN: UiText = UiText {
    site_title: "Nanjing – Stuttgart",
    site_tagline: "Two cities and the ties between them",
    skip_to_content: "Skip to content",
    nav_label: "Main navigation",
    nav_timeline: "Timeline",
    nav_charts: "Trade & investment",
    nav_about: "About & sources",
    language_label: "Language",
    home_heading: "Nanjing and Stuttgart",
    home_intro: "Discover how Nanjing and Stuttgart found each other: through the partnership \
        between Baden-Württemberg and Jiangsu province, through meetings in culture and \
        education, and through trade fairs, trade and investment.",
    home_charts_teaser:
        "How trade and investment developed, year by year, each figure with its source.",
    home_about_teaser: "Where every statement comes from and how the figures were compiled.",
    charts_heading: "Trade and investment",
    charts_intro: "The charts show the exchange between Germany, Baden-Württemberg \
        and Nanjing. Every value names its source; years without a reliable figure are left \
        visibly empty.",
    about_heading: "About this exhibition",
    about_method: "What is shown here comes from public pages of statistics offices, city \
        administrations, ministries, companies and newspapers, in some cases from press releases \
        and copies of other pages; every source is marked as what it is. \
        Where sources disagree, we show both; where nothing was found, the gap stays visible.",
    about_wording: "Stuttgart calls its tie with Nanjing a city friendship (\u{201c}special \
        friendly relations\u{201d}), not an official twinning; the Chinese side speaks of a \
        friendly cooperation city. This exhibition uses the same words.",
    event_unknown_heading: "No such event here",
    event_unknown_body: "This address does not lead to an event of the exhibition. It may have \
        been renamed; the timeline lists every event.",
    not_found_heading: "Page not found",
    not_found_body: "This address is not part of the exhibition.",
    back_to_start: "Back to the start",
    choose_language: "Choose a language",
    about_compiled_heading: "How the figures were compiled",
    about_compiled: "The figures come from reports by statistics offices, ministries, companies \
        and newspapers. Series in euros and in dollars rest on different statistics and never \
        share an axis. Every value carries a status: reported, provisional, revised or \
        estimated. Years without a reliable figure show nothing, never a zero.",
    about_sources_heading: "Sources",
    about_sources_intro: "Every source this exhibition uses, titled in its own language:",
    source_undated: "undated",
    footer_label: "Legal and contact",
    footer_updated: "As of",
    about_legal_heading: "Legal notice, privacy and contact",
    about_licences_heading: "Licences",
    about_licences: "The fonts are subsets of Inter and Noto Sans CJK SC under the SIL Open Font \
        License 1.1. The program contains free Rust libraries; their licence notices come with \
        the exhibit.",
    licence_fonts: "Licence of the fonts (SIL Open Font License 1.1)",
    licence_crates: "Licence notices of the program libraries",
    source_published: "published",
    kind_official_statistics: "official statistics",
    kind_government: "government",
    kind_company: "company statement",
    kind_news: "news media",
    kind_press_release: "press release",
    kind_copy: "copy of another page",
    about_kinds_heading: "What kind of source",
    about_kinds_intro: "Every source is marked as official statistics, government, news media, company statement, press release or copy of another page. What only a company or a press release says about itself is shown as such; copies stand only beside the original.",
    chart_no_figure: "no sourced figure",
    event_sources_heading: "Sources",
    event_previous: "Earlier",
    event_next: "Later",
    event_category: "Topic",
    confidence_inferred: "Date inferred",
    confidence_uncertain: "Sources disagree",
    confidence_own_account: "By the issuer's own account",
    timeline_intro: "Every event of the exhibition, by period:",
    figures_heading: "Nanjing and Germany in figures",
    figure_more_than: "more than",
    figure_about: "about",
    figure_as_of: "as of",
    figure_source: "Source",
    picture_source: "Original",
    filter_label: "Show or hide topics",
    filter_show_all: "Show all topics",
    timeline_label: "Timeline",
    timeline_help: "Timeline: plus and minus zoom, arrow keys move, Home and End jump to the start and the end.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_whole: "All years",
    cluster_label: "events lie close together here; tap to zoom in",
    close_card: "Close",
    card_more: "Read on",
    event_figures_heading: "Figures for this event",
    data_heading: "The figures, year by year",
    data_unit: "Unit",
    table_year: "Year",
    table_value: "Value",
    table_status: "Status",
    table_note: "Note",
    table_source: "Source",
    status_reported: "reported",
    status_provisional: "provisional",
    status_revised: "revised",
    status_estimate: "estimated",
    data_marked_year: "the chosen year",
    chart_play: "Play the years",
    chart_pause: "Pause",
    chart_table: "As a table",
    chart_download_csv: "Data (CSV)",
    chart_download_svg: "Chart (SVG)",
    chart_legend_not_final: "Hollow point, dashed line: a provisional, revised or estimated value",
    chart_points_label: "Values: arrow keys move from year to year",
    chart_sources: "Sources",
    take_home: "Scan with your phone to read on at home",
    preview_alt: "Preview image",
    preview_chart: "Chart",
    staff_pin_heading: "Staff PIN",
    staff_pin_intro: "Enter this kiosk's PIN.",
    staff_pin_entered: "Digits entered",
    staff_pin_delete: "Delete a digit",
    staff_pin_ok: "OK",
    staff_cancel: "Cancel",
    staff_pin_wrong: "Wrong PIN. {n} tries left.",
    staff_pin_paused: "Too many wrong PINs. Please wait {n} seconds.",
    staff_heading: "Staff panel",
    staff_close: "Close",
    staff_closes_itself: "Closes by itself after a minute without a touch.",
    staff_kiosk_heading: "This kiosk",
    staff_build: "Program",
    staff_content: "Content",
    staff_network: "Network",
    staff_online: "online",
    staff_offline: "offline",
    staff_cache: "Offline cache",
    staff_cache_files: "files",
    staff_cache_none: "empty",
    staff_uptime: "Running for",
    staff_days: "d",
    staff_hours: "h",
    staff_minutes: "min",
    staff_seconds: "s",
    staff_errors: "Errors since start",
    staff_restarts: "Automatic restarts",
    staff_reload: "Reload now",
    staff_counts_heading: "Counts on this device",
    staff_counts_note: "Anonymous, no cookies, kept only on this device and never sent; per day, for at most 90 days.",
    staff_counts_not_stored: "This device's storage does not take the counts (full or switched off): they last only until the next reload.",
    staff_counts_none: "No counts yet.",
    staff_visits: "Visits",
    staff_median: "Median visit length",
    staff_charts_played: "Charts played",
    staff_qr_shown: "QR codes shown",
    staff_languages: "Languages chosen",
    staff_top_events: "The ten events opened most",
    staff_events_opened: "Events opened",
    staff_per_day: "Per day",
    staff_date: "Day",
    staff_total: "Total",
    staff_export: "Export as CSV",
    staff_reset: "Reset counts",
    staff_reset_confirm: "Delete every count on this device? This cannot be undone.",
    staff_reset_yes: "Yes, delete all",
    staff_reset_done: "The counts were deleted.",
    chart_unknown_heading: "No such chart here",
    chart_unknown_body: "This address does not lead to a chart of the exhibition. It may have \
        been renamed – the exhibition shows every chart.",
    embed_open: "Open in the exhibition",
    embed_new_tab: "(opens in a new tab)",
    embed_code_copy: "Copy embed code",
    embed_code_label: "Embed code (HTML) for your website",
    embed_code_copied: "Embed code copied to the clipboard.",
    embed_code_select: "Copying did not work. The code is selected: copy it with Ctrl+C \
        (Mac: Cmd+C).",
};

/// The interface strings in `lang`.
pub fn ui(lang: Lang) -> &'static UiText {
    match lang {
        Lang::De => &DE,
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_string_is_empty_in_any_language() {
        for lang in Lang::ALL {
            for (key, text) in ui(lang).entries() {
                assert!(!text.trim().is_empty(), "{key} is empty in {lang}");
            }
        }
    }

    #[test]
    fn chinese_strings_are_not_left_in_another_language() {
        // A key copied over from German or English unchanged would contain no Han character.
        for (key, text) in ui(Lang::Zh).entries() {
            let has_han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(has_han, "zh.{key} has no Chinese text: {text}");
        }
    }
}
