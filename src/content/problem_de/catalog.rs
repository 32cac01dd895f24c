//! The German for every message and fix the content check can print (see `super`).

/// English template and German template; see the module's documentation.
pub const CATALOG: &[(&str, &str)] = &[
    // ---- Reading a TOML file (load/mod.rs) ----
    ("the file is missing", "Die Datei fehlt"),
    (
        "restore it from the repository (git checkout -- assets/content)",
        "Stellen Sie sie aus dem Repository wieder her (git checkout -- assets/content)",
    ),
    (
        "the file is not saved as UTF-8 text",
        "Die Datei ist nicht als UTF-8-Text gespeichert",
    ),
    (
        "save it again with the encoding UTF-8",
        "Speichern Sie sie erneut mit der Kodierung UTF-8",
    ),
    ("this field is not known", "Dieses Feld ist unbekannt"),
    (
        "remove it or correct its spelling; allowed here: {}",
        "Entfernen Sie es oder korrigieren Sie die Schreibweise; hier erlaubt sind: {}",
    ),
    ("this required field is missing", "Dieses Pflichtfeld fehlt"),
    (
        "add the field `{}` to this table",
        "Ergänzen Sie das Feld `{}` in dieser Tabelle",
    ),
    (
        "the file cannot be read: {}",
        "Die Datei kann nicht gelesen werden (TOML meldet: {})",
    ),
    (
        "check the TOML syntax on this line: text goes in double quotes, one `key = value` per line, tables in [brackets]",
        "Prüfen Sie die TOML-Schreibweise in dieser Zeile: Text steht in doppelten Anführungszeichen, je Zeile ein `key = value`, Tabellen in [eckigen Klammern]",
    ),
    // ---- The interface's texts (load/interface.rs) ----
    (
        "the exhibit has no interface text of this name",
        "Einen Oberflächentext dieses Namens gibt es in der Ausstellung nicht",
    ),
    (
        "correct the name in [brackets] (see the other tables), or remove the table",
        "Korrigieren Sie den Namen in [eckigen Klammern] (siehe die anderen Tabellen) oder entfernen Sie die Tabelle",
    ),
    ("this interface text is missing", "Dieser Oberflächentext fehlt"),
    (
        "add a table [{}] with de = \"…\", zh = \"…\" and en = \"…\"",
        "Ergänzen Sie eine Tabelle [{}] mit de = \"…\", zh = \"…\" und en = \"…\"",
    ),
    (
        "the text lacks {}, where the exhibit puts a number",
        "Dem Text fehlt {}, wo die Ausstellung eine Zahl einsetzt",
    ),
    (
        "write {} where the number belongs, as in the other languages",
        "Schreiben Sie {} dorthin, wo die Zahl stehen soll, wie in den anderen Sprachen",
    ),
    // ---- Legal pages, the content's date, placeholders (load/pages.rs) ----
    ("\"{}\" names no day", "„{}“ nennt keinen Tag"),
    (
        "write the day of the review, like \"2026-11-30\"",
        "Schreiben Sie den Tag der Durchsicht, etwa \"2026-11-30\"",
    ),
    (
        "the placeholder {} is still here, and the build is for the public address {}",
        "Der Platzhalter {} steht noch hier, und der Build ist für die öffentliche Adresse {}",
    ),
    (
        "write the real details in its place; placeholders are allowed only in local builds (no EXHIBIT_ORIGIN, or 127.0.0.1 or localhost)",
        "Schreiben Sie an seine Stelle die echten Angaben; Platzhalter sind nur in lokalen Builds erlaubt (ohne EXHIBIT_ORIGIN, oder mit 127.0.0.1 oder localhost)",
    ),
    // ---- Ids, sources, currencies, scales (load/checks.rs) ----
    ("\"{}\" is not a valid id", "„{}“ ist keine gültige ID"),
    (
        "use lower-case letters a–z, digits and single hyphens, like \"bosch-plant-2013\"",
        "Verwenden Sie Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, etwa \"bosch-plant-2013\"",
    ),
    (
        "the category id \"{}\" is used twice (first at {})",
        "Die Kategorie-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    (
        "the era id \"{}\" is used twice (first at {})",
        "Die Epochen-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    (
        "the event id \"{}\" is used twice (first at {})",
        "Die Ereignis-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    (
        "the figure id \"{}\" is used twice (first at {})",
        "Die Kennzahl-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    (
        "the picture id \"{}\" is used twice (first at {})",
        "Die Bild-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    (
        "the series id \"{}\" is used twice (first at {})",
        "Die Datenreihen-ID „{}“ kommt zweimal vor (zuerst in {})",
    ),
    ("give each one its own id", "Geben Sie jedem Eintrag eine eigene ID"),
    (
        "the source's title is missing",
        "Die Quelle hat keinen Titel (title)",
    ),
    (
        "the source's publisher is missing",
        "Die Quelle nennt keinen Herausgeber (publisher)",
    ),
    (
        "the source's url is missing",
        "Die Quelle hat keine Webadresse (url)",
    ),
    (
        "the source's kind is missing",
        "Die Art der Quelle fehlt (kind)",
    ),
    (
        "add {} = \"…\" to the source",
        "Ergänzen Sie {} = \"…\" bei der Quelle",
    ),
    ("\"{}\" is not a web address", "„{}“ ist keine Webadresse"),
    (
        "give the full address of the page, starting with https:// or http://",
        "Geben Sie die vollständige Adresse der Seite an, beginnend mit https:// oder http://",
    ),
    ("\"{}\" is not a kind of source", "„{}“ ist keine Art von Quelle"),
    (
        "add kind = \"…\": official-statistics (a statistics office), government (a ministry, a city), company (about itself), news (a newspaper, broadcaster or agency), press-release, or copy (a mirror, kept beside the original)",
        "Ergänzen Sie kind = \"…\": official-statistics (ein Statistikamt), government (ein Ministerium, eine Stadt), company (ein Unternehmen über sich selbst), news (eine Zeitung, ein Sender oder eine Agentur), press-release (eine Pressemitteilung) oder copy (eine Kopie, neben dem Original aufbewahrt)",
    ),
    (
        "{} is cited here as \"{}\" but as \"{}\" at {}:{}",
        "{0} wird hier unter dem Titel „{1}“ angeführt, in {3}:{4} aber unter dem Titel „{2}“",
    ),
    (
        "one address is one page with one title: write the title as the page shows it in both places, or correct the address if these are two pages",
        "Eine Adresse ist eine Seite mit einem Titel: Schreiben Sie den Titel an beiden Stellen so, wie die Seite ihn zeigt, oder korrigieren Sie die Adresse, falls es zwei verschiedene Seiten sind",
    ),
    ("\"{}\" is not a currency code", "„{}“ ist kein Währungscode"),
    (
        "use a three-letter ISO code like \"EUR\", \"USD\" or \"CNY\", or leave currency out for counts",
        "Verwenden Sie einen ISO-Code aus drei Buchstaben wie \"EUR\", \"USD\" oder \"CNY\", oder lassen Sie currency bei Anzahlen weg",
    ),
    (
        "{} is not a scale the exhibit knows",
        "{} ist kein Maßstab, den die Ausstellung kennt",
    ),
    (
        "use 1, 1000000 (million) or 1000000000 (billion)",
        "Verwenden Sie 1, 1000000 (Million) oder 1000000000 (Milliarde)",
    ),
    // ---- Dates (dates.rs) ----
    ("\"{}\" is not a date", "„{}“ ist kein Datum"),
    (
        "write the year, year-month or year-month-day with digits, like 1994, 1994-05 or 1994-05-17",
        "Schreiben Sie Jahr, Jahr-Monat oder Jahr-Monat-Tag in Ziffern, etwa 1994, 1994-05 oder 1994-05-17",
    ),
    (
        "\"{}\" is not a real date: there is no month {}",
        "„{}“ ist kein echtes Datum: Einen Monat {} gibt es nicht",
    ),
    ("months run from 01 to 12", "Die Monate laufen von 01 bis 12"),
    (
        "\"{}\" is not a real date: {} has {} days",
        "„{}“ ist kein echtes Datum: {} hat {} Tage",
    ),
    (
        "check the day against the source",
        "Prüfen Sie den Tag anhand der Quelle",
    ),
    (
        "the range \"{}\" ends before it starts",
        "Der Zeitraum „{}“ endet, bevor er beginnt",
    ),
    (
        "write the earlier date first, like 2011-10-12/2011-10-14",
        "Schreiben Sie das frühere Datum zuerst, etwa 2011-10-12/2011-10-14",
    ),
    // ---- The exhibit's span (eras, events, figures, values) ----
    (
        "{} lies outside the exhibit's span {}–{}",
        "{} liegt außerhalb des Zeitraums der Ausstellung ({}–{})",
    ),
    (
        "use a year within the span",
        "Verwenden Sie ein Jahr innerhalb dieses Zeitraums",
    ),
    (
        "use a date within the span",
        "Verwenden Sie ein Datum innerhalb dieses Zeitraums",
    ),
    (
        "the exhibit covers 1986 to 2026; check the year",
        "Die Ausstellung umfasst 1986 bis 2026; prüfen Sie das Jahr",
    ),
    // ---- Categories (load/categories.rs) ----
    ("there is no icon \"{}\"", "Es gibt kein Symbol „{}“"),
    ("\"{}\" is not a colour", "„{}“ ist keine Farbe"),
    (
        "write it as # and six hex digits, like \"#1d3557\"",
        "Schreiben Sie sie als # und sechs Hexadezimalziffern, etwa \"#1d3557\"",
    ),
    (
        "white text on {} has a contrast of only {}:1",
        "Weiße Schrift auf {} hat nur einen Kontrast von {}:1",
    ),
    (
        "choose a darker colour (contrast at least 4.5:1)",
        "Wählen Sie eine dunklere Farbe (Kontrast mindestens 4,5:1)",
    ),
    ("there is no category", "Es gibt keine Kategorie"),
    (
        "add at least one [[category]]",
        "Fügen Sie mindestens eine [[category]] hinzu",
    ),
    // ---- Eras (load/eras.rs) ----
    (
        "the era ends ({}) before it starts ({})",
        "Die Epoche endet ({}), bevor sie beginnt ({})",
    ),
    ("swap start and end", "Vertauschen Sie start und end"),
    (
        "no era covers {}–{} (the era \"{}\" starts in {})",
        "Keine Epoche umfasst {}–{} (die Epoche „{}“ beginnt {})",
    ),
    (
        "the era \"{}\" starts in {}, inside the previous era (which runs to {})",
        "Die Epoche „{}“ beginnt {} und damit innerhalb der vorigen Epoche (die bis {} reicht)",
    ),
    (
        "let each era start the year after the previous one ends",
        "Lassen Sie jede Epoche im Jahr nach dem Ende der vorigen beginnen",
    ),
    ("no era covers {}–{}", "Keine Epoche umfasst {}–{}"),
    (
        "let the last era end in the exhibit's last year",
        "Lassen Sie die letzte Epoche im letzten Jahr der Ausstellung enden",
    ),
    ("there is no era", "Es gibt keine Epoche"),
    ("add at least one [[era]]", "Fügen Sie mindestens eine [[era]] hinzu"),
    // ---- Events (load/events.rs) ----
    ("no event is a highlight", "Kein Ereignis ist ein Höhepunkt (highlight)"),
    (
        "set highlight = true in the events a visitor must see first, like the city friendship of 1995",
        "Setzen Sie highlight = true bei den Ereignissen, die Besucher zuerst sehen sollen, etwa der Städtefreundschaft von 1995",
    ),
    (
        "{} events are highlights; at most {} can be",
        "{} Ereignisse sind Höhepunkte (highlight); höchstens {} sind möglich",
    ),
    (
        "keep highlight = true for the most important events only, so that each one fits whole on a phone",
        "Lassen Sie highlight = true nur bei den wichtigsten Ereignissen, damit jedes auch auf einem Handy ganz zu sehen ist",
    ),
    (
        "events are .toml files; this file is ignored",
        "Ereignisse sind .toml-Dateien; diese Datei wird nicht gelesen",
    ),
    (
        "rename it to end in .toml, or remove it",
        "Benennen Sie sie so um, dass sie auf .toml endet, oder entfernen Sie sie",
    ),
    ("there is no category \"{}\"", "Es gibt keine Kategorie „{}“"),
    (
        "use one of: {} (see categories.toml)",
        "Verwenden Sie einen dieser Werte: {} (siehe categories.toml)",
    ),
    ("there is no era \"{}\"", "Es gibt keine Epoche „{}“"),
    (
        "use one of: {} (see eras.toml)",
        "Verwenden Sie einen dieser Werte: {} (siehe eras.toml)",
    ),
    (
        "the event is dated {} but the era \"{}\" runs {}–{}",
        "Das Ereignis ist auf {} datiert, die Epoche „{}“ umfasst aber {}–{}",
    ),
    (
        "use an era whose years include the event's date (see eras.toml)",
        "Verwenden Sie eine Epoche, deren Jahre das Datum des Ereignisses einschließen (siehe eras.toml)",
    ),
    (
        "\"{}\" is not a confidence level",
        "„{}“ ist kein zulässiger Wert für confidence",
    ),
    (
        "use \"verified\", \"inferred\" or \"uncertain\"",
        "Verwenden Sie \"verified\", \"inferred\" oder \"uncertain\"",
    ),
    (
        "the event's only sources are copies (kind = \"copy\"); a copy is kept only beside its original",
        "Das Ereignis stützt sich nur auf Kopien (kind = \"copy\"); eine Kopie darf nur neben ihrem Original stehen",
    ),
    (
        "add the original page the copy reproduces as a [[source]] of its own",
        "Fügen Sie die Originalseite, die die Kopie wiedergibt, als eigene [[source]] hinzu",
    ),
    (
        "a verified event that rests only on press releases or company pages needs a note saying why they suffice",
        "Ein gesichertes Ereignis (verified), das sich nur auf Pressemitteilungen oder Unternehmensseiten stützt, braucht eine Anmerkung, die begründet, warum diese genügen",
    ),
    (
        "add a [confidence_note] with de, zh and en saying why the issuer's own word is enough here (a company announcing its own plant, say), or add an independent source: official statistics, a government or news",
        "Ergänzen Sie eine [confidence_note] mit de, zh und en, die begründet, warum hier die eigene Aussage des Herausgebers genügt (etwa wenn ein Unternehmen sein eigenes Werk ankündigt), oder fügen Sie eine unabhängige Quelle hinzu: amtliche Statistik, eine Regierung oder Nachrichtenmedien",
    ),
    (
        "a verified event with an independent source needs no confidence note",
        "Ein gesichertes Ereignis (verified) mit einer unabhängigen Quelle braucht keine Anmerkung zur Gewissheit",
    ),
    (
        "remove the note (on a verified event it says only why press releases or company pages suffice), or set confidence = \"inferred\" or \"uncertain\"",
        "Entfernen Sie die Anmerkung (bei einem gesicherten Ereignis begründet sie nur, warum Pressemitteilungen oder Unternehmensseiten genügen), oder setzen Sie confidence = \"inferred\" oder \"uncertain\"",
    ),
    (
        "an inferred or uncertain event needs a note saying why",
        "Ein erschlossenes oder unsicheres Ereignis braucht eine Anmerkung, die den Grund nennt",
    ),
    (
        "add a [confidence_note] with de, zh and en",
        "Ergänzen Sie eine [confidence_note] mit de, zh und en",
    ),
    ("there is no picture \"{}\"", "Es gibt kein Bild „{}“"),
    (
        "use the id of a picture in pictures.toml, or leave picture out",
        "Verwenden Sie die ID eines Bildes aus pictures.toml, oder lassen Sie picture weg",
    ),
    (
        "\"{}\" is not a link to a data point",
        "„{}“ ist kein Verweis auf einen Wert einer Datenreihe",
    ),
    (
        "write the series id, a colon and the year, like \"germany-china-trade-eur:2016\"",
        "Schreiben Sie die ID der Datenreihe, einen Doppelpunkt und das Jahr, etwa \"germany-china-trade-eur:2016\"",
    ),
    ("there is no series \"{}\"", "Es gibt keine Datenreihe „{}“"),
    (
        "use the id of a series in the series folder",
        "Verwenden Sie die ID einer Datenreihe aus dem Ordner series",
    ),
    (
        "the series \"{}\" has no value for {}",
        "Die Datenreihe „{}“ hat keinen Wert für {}",
    ),
    (
        "link to a year the series has a value for",
        "Verweisen Sie auf ein Jahr, für das die Datenreihe einen Wert hat",
    ),
    ("the event has no source", "Das Ereignis hat keine Quelle"),
    (
        "add at least one [[source]] with title, publisher and url",
        "Fügen Sie mindestens eine [[source]] mit title, publisher und url hinzu",
    ),
    // ---- Key figures (load/figures.rs) ----
    (
        "{} is not a number of zero or more",
        "{} ist keine Zahl von null oder mehr",
    ),
    (
        "write digits with a dot for decimals, like 2.22",
        "Schreiben Sie Ziffern mit einem Punkt vor den Dezimalstellen, etwa 2.22",
    ),
    (
        "\"{}\" is not a qualifier",
        "„{}“ ist kein zulässiger Wert für qualifier",
    ),
    (
        "use \"exact\", \"more-than\" or \"about\"",
        "Verwenden Sie \"exact\", \"more-than\" oder \"about\"",
    ),
    (
        "the figure's only source is a copy (kind = \"copy\"); a copy is kept only beside its original",
        "Die einzige Quelle der Kennzahl ist eine Kopie (kind = \"copy\"); eine Kopie darf nur neben ihrem Original stehen",
    ),
    (
        "cite the original page the copy reproduces instead: a figure has one source",
        "Nennen Sie stattdessen die Originalseite, die die Kopie wiedergibt: Eine Kennzahl hat nur eine Quelle",
    ),
    // ---- Pictures (load/pictures.rs) ----
    (
        "there is no picture file assets/{}",
        "Es gibt keine Bilddatei assets/{}",
    ),
    (
        "put the file into assets/pictures/ and give its path below assets/, like \"pictures/garden.svg\"",
        "Legen Sie die Datei in assets/pictures/ ab und geben Sie ihren Pfad unterhalb von assets/ an, etwa \"pictures/garden.svg\"",
    ),
    (
        "the picture's credit is empty",
        "Beim Bild fehlt die Angabe, wer es gemacht hat (credit)",
    ),
    (
        "the picture's licence is empty",
        "Beim Bild fehlt die Lizenz (licence)",
    ),
    // ---- Photographs (load/pictures.rs, content/photo.rs) ----
    (
        "assets/{} is neither a photograph (.jpg, .png) nor a drawing (.svg)",
        "assets/{} ist weder ein Foto (.jpg, .png) noch eine Zeichnung (.svg)",
    ),
    (
        "give a photograph as a JPEG (.jpg) or PNG (.png) file, a drawing as an SVG (.svg) file",
        "Geben Sie ein Foto als JPEG- (.jpg) oder PNG-Datei (.png) an, eine Zeichnung als SVG-Datei (.svg)",
    ),
    (
        "{} is for photographs; a drawing is shown whole",
        "{} gilt nur für Fotos; eine Zeichnung wird immer ganz gezeigt",
    ),
    (
        "remove {} from this picture",
        "Entfernen Sie {} bei diesem Bild",
    ),
    (
        "the photograph assets/{} has no source",
        "Beim Foto assets/{} fehlt die Herkunft (source)",
    ),
    (
        "say where the original comes from: source = \"…\" (the archive or collection and its reference) and/or source_url = \"https://…\"",
        "Geben Sie an, woher das Original stammt: source = \"…\" (Archiv oder Sammlung mit Signatur) und/oder source_url = \"https://…\"",
    ),
    (
        "\"{}\" is not a shape this check knows",
        "„{}“ ist kein Seitenverhältnis, das die Prüfung kennt",
    ),
    (
        "write width:height between 1:3 and 3:1, like \"16:9\", \"3:2\" or \"1:1\", or \"original\" to show the whole photograph",
        "Schreiben Sie Breite:Höhe zwischen 1:3 und 3:1, etwa \"16:9\", \"3:2\" oder \"1:1\", oder \"original\", um das ganze Foto zu zeigen",
    ),
    (
        "the focal point is not two fractions between 0 and 1",
        "Der Bildschwerpunkt (focus) ist nicht als zwei Anteile zwischen 0 und 1 angegeben",
    ),
    (
        "write it as [from the left, from the top], like focus = [0.3, 0.6] (0.5 is the middle)",
        "Schreiben Sie ihn als [von links, von oben], etwa focus = [0.3, 0.6] (0.5 ist die Mitte)",
    ),
    (
        "assets/{} cannot be read as a picture: {}",
        "assets/{} kann nicht als Bild gelesen werden (der Decoder meldet: {})",
    ),
    (
        "export the photograph again from the original as JPEG or PNG",
        "Exportieren Sie das Foto erneut aus dem Original, als JPEG oder PNG",
    ),
    (
        "assets/{} cannot be read: {}",
        "assets/{} kann nicht gelesen werden: {}",
    ),
    (
        "check that the file is readable and not open in another program",
        "Prüfen Sie, ob die Datei lesbar und nicht in einem anderen Programm geöffnet ist",
    ),
    (
        "assets/{} is not a JPEG or PNG picture inside",
        "assets/{} ist innen kein JPEG- oder PNG-Bild",
    ),
    (
        "export the photograph as JPEG (or PNG) and put that file here",
        "Exportieren Sie das Foto als JPEG (oder PNG) und legen Sie diese Datei hier ab",
    ),
    (
        "assets/{} is a {} picture inside, but its name says {}",
        "assets/{} ist innen ein {}-Bild, der Dateiname sagt aber {}",
    ),
    (
        "rename the file to end in .{} and write the new name here",
        "Benennen Sie die Datei so um, dass sie auf .{} endet, und tragen Sie den neuen Namen hier ein",
    ),
    (
        "assets/{} is a JPEG in CMYK colours (made for print)",
        "assets/{} ist ein JPEG in CMYK-Farben (für den Druck gemacht)",
    ),
    (
        "save it again as an RGB JPEG (sRGB colours) from the archive's export or an image editor; the build does not convert CMYK, whose colours would come out wrong",
        "Speichern Sie es erneut als RGB-JPEG (sRGB-Farben), aus dem Export des Archivs oder mit einem Bildprogramm; der Build wandelt CMYK nicht um, weil die Farben falsch würden",
    ),
    (
        "assets/{} has no pixels ({} × {})",
        "assets/{} hat keine Pixel ({} × {})",
    ),
    (
        "export the photograph again from the original",
        "Exportieren Sie das Foto erneut aus dem Original",
    ),
    (
        "assets/{} has {} megapixels ({} × {}), more than the {} the build accepts",
        "assets/{} hat {} Megapixel ({} × {}), mehr als die {}, die der Build annimmt",
    ),
    (
        "scale it down to at most 50 megapixels (8660 × 5773, say) before adding it",
        "Verkleinern Sie es vorher auf höchstens 50 Megapixel (etwa 8660 × 5773)",
    ),
    (
        "assets/{} is damaged or cut short: {}",
        "assets/{} ist beschädigt oder unvollständig (der Decoder meldet: {})",
    ),
    (
        "copy or download the original again: this file is incomplete",
        "Kopieren oder laden Sie das Original erneut: Diese Datei ist unvollständig",
    ),
    (
        "say who made it (credit)",
        "Nennen Sie, wer das Bild gemacht hat (credit)",
    ),
    (
        "say who made it (licence)",
        "Nennen Sie die Lizenz, unter der das Bild gezeigt werden darf (licence)",
    ),
    // ---- Series descriptions (load/series.rs) ----
    (
        "the values have no series description {}",
        "Zu diesen Werten gibt es keine Beschreibung der Datenreihe {}",
    ),
    (
        "add the .toml file with the same name, or remove this file",
        "Legen Sie die .toml-Datei mit demselben Namen an, oder entfernen Sie diese Datei",
    ),
    (
        "\"{}\" and \"{}\" share the chart \"{}\" but differ in kind, currency or scale",
        "„{}“ und „{}“ teilen sich das Diagramm „{}“, unterscheiden sich aber in kind, currency oder scale",
    ),
    (
        "series in one group need the same kind, currency and scale; remove the group or make them match",
        "Datenreihen einer Gruppe brauchen dieselben Werte für kind, currency und scale; entfernen Sie group, oder gleichen Sie die Werte an",
    ),
    (
        "\"{}\" is not a kind of series",
        "„{}“ ist keine Art von Datenreihe",
    ),
    (
        "use \"line\" for one value per year or \"bars\" for single amounts",
        "Verwenden Sie \"line\" für einen Wert pro Jahr oder \"bars\" für einzelne Beträge",
    ),
    (
        "\"{}\" is not a valid group name",
        "„{}“ ist kein gültiger Gruppenname",
    ),
    (
        "use lower-case letters, digits and hyphens",
        "Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche",
    ),
    (
        "every value of the series rests on a copy (kind = \"copy\"); a copy is kept only beside its original",
        "Jeder Wert der Datenreihe stützt sich auf eine Kopie (kind = \"copy\"); eine Kopie darf nur neben ihrem Original stehen",
    ),
    (
        "add the original page the copy reproduces as a source and name it in the values' source column",
        "Fügen Sie die Originalseite, die die Kopie wiedergibt, als Quelle hinzu und nennen Sie deren Schlüssel in der Spalte source der Werte",
    ),
    // ---- Texts in three languages (load/texts.rs) ----
    ("the German text is missing", "Der deutsche Text fehlt"),
    ("the Chinese text is missing", "Der chinesische Text fehlt"),
    ("the English text is missing", "Der englische Text fehlt"),
    (
        "add {} = \"…\" under [{}]",
        "Ergänzen Sie {} = \"…\" unter [{}]",
    ),
    (
        "the German text has {} characters; a kiosk card holds at most {}",
        "Der deutsche Text hat {} Zeichen; auf eine Kiosk-Karte passen höchstens {}",
    ),
    (
        "the Chinese text has {} characters; a kiosk card holds at most {}",
        "Der chinesische Text hat {} Zeichen; auf eine Kiosk-Karte passen höchstens {}",
    ),
    (
        "the English text has {} characters; a kiosk card holds at most {}",
        "Der englische Text hat {} Zeichen; auf eine Kiosk-Karte passen höchstens {}",
    ),
    ("shorten it", "Kürzen Sie den Text"),
    // ---- Characters the fonts lack (load/glyphs.rs, load/values.rs) ----
    (
        "the bundled fonts cannot show \"{}\" in \"{}\"",
        "Die mitgelieferten Schriften können „{}“ in „{}“ nicht darstellen",
    ),
    (
        "the bundled fonts cannot show \"{}\"",
        "Die mitgelieferten Schriften können „{}“ nicht darstellen",
    ),
    (
        "the bundled fonts cannot show {}",
        "Die mitgelieferten Schriften können {} nicht darstellen",
    ),
    (
        "replace the character, or run `bash scripts/build-fonts.sh` to add it to the fonts",
        "Ersetzen Sie das Zeichen, oder führen Sie `bash scripts/build-fonts.sh` aus, um es in die Schriften aufzunehmen",
    ),
    (
        "run `bash scripts/build-fonts.sh` to add the characters to the fonts",
        "Führen Sie `bash scripts/build-fonts.sh` aus, um die Zeichen in die Schriften aufzunehmen",
    ),
    // ---- A series' values (load/values.rs, rows.rs) ----
    (
        "the series has no values file",
        "Die Datenreihe hat keine Datei mit Werten",
    ),
    (
        "add a CSV file with the same name as the series' .toml file",
        "Legen Sie eine CSV-Datei mit demselben Namen wie die .toml-Datei der Datenreihe an",
    ),
    (
        "a quote opened on this line is never closed",
        "Ein Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen",
    ),
    (
        "close the field with a double quote; write a quote inside a field as two quotes \"\"",
        "Schließen Sie das Feld mit einem doppelten Anführungszeichen; schreiben Sie ein Anführungszeichen innerhalb eines Feldes doppelt: \"\"",
    ),
    (
        "the file is saved as UTF-16 (Excel's \"Unicode text\"), not as UTF-8",
        "Die Datei ist als UTF-16 gespeichert (in Excel „Unicode-Text“), nicht als UTF-8",
    ),
    (
        "the file is not saved as UTF-8: a character on this line (an umlaut, say) is in another encoding, probably Windows-1252 (Excel's plain \"CSV\")",
        "Die Datei ist nicht als UTF-8 gespeichert: Ein Zeichen in dieser Zeile (etwa ein Umlaut) hat eine andere Kodierung, wahrscheinlich Windows-1252 (in Excel das einfache „CSV (Trennzeichen-getrennt)“)",
    ),
    (
        "the columns are separated by tabs (a spreadsheet's \"Text (tab delimited)\"), not by commas or semicolons",
        "Die Spalten sind durch Tabulatoren getrennt (in Excel „Text (Tabstopp-getrennt)“), nicht durch Kommas oder Semikolons",
    ),
    (
        "save it again as \"CSV UTF-8 (comma delimited)\" (German Excel: \"CSV UTF-8 (durch Trennzeichen getrennt)\"); commas or semicolons both work",
        "Speichern Sie die Datei erneut, in Excel mit „Speichern unter“ als „CSV UTF-8 (durch Trennzeichen getrennt)“ (englisches Excel: „CSV UTF-8 (comma delimited)“); Komma und Semikolon als Trennzeichen sind beide in Ordnung",
    ),
    (
        "the first line does not name the expected columns (the file is empty)",
        "Die erste Zeile nennt nicht die erwarteten Spalten (die Datei ist leer)",
    ),
    (
        "the first line does not name the expected columns (\"{}\" stands where \"{}\" belongs)",
        "Die erste Zeile nennt nicht die erwarteten Spalten (an der Stelle von \"{1}\" steht „{0}“)",
    ),
    (
        "the first line does not name the expected columns (it names {} columns, not {})",
        "Die erste Zeile nennt nicht die erwarteten Spalten (sie nennt {} Spalten statt {})",
    ),
    (
        "make the first line exactly: {} (or the same with semicolons)",
        "Die erste Zeile muss genau so lauten: {} (oder dasselbe mit Semikolons)",
    ),
    (
        "the row has {} columns, the header {}: the value \"{}\" seems written with a decimal comma",
        "Die Zeile hat {} Spalten, die Kopfzeile {}: Der Wert „{}“ ist offenbar mit einem Dezimalkomma geschrieben",
    ),
    (
        "the row has {} columns, the header {}",
        "Die Zeile hat {} Spalten, die Kopfzeile {}",
    ),
    (
        "put a field in double quotes when it contains a comma; leave empty notes as ,,",
        "Setzen Sie ein Feld in doppelte Anführungszeichen, wenn es ein Komma enthält; lassen Sie leere Anmerkungen als ,, stehen",
    ),
    (
        "put a field in double quotes when it contains a semicolon; leave empty notes as ;;",
        "Setzen Sie ein Feld in doppelte Anführungszeichen, wenn es ein Semikolon enthält; lassen Sie leere Anmerkungen als ;; stehen",
    ),
    (
        "in a comma-separated file write decimals with a dot and no thousands separator: {}",
        "Schreiben Sie in einer durch Kommas getrennten Datei Dezimalstellen mit einem Punkt und ohne Tausendertrennzeichen: {}",
    ),
    (
        "in a comma-separated file write decimals with a dot and no thousands separator, like 205.7",
        "Schreiben Sie in einer durch Kommas getrennten Datei Dezimalstellen mit einem Punkt und ohne Tausendertrennzeichen, etwa 205.7",
    ),
    ("\"{}\" is not a year", "„{}“ ist keine Jahreszahl"),
    (
        "write the year with four digits, like 2019",
        "Schreiben Sie das Jahr mit vier Ziffern, etwa 2019",
    ),
    (
        "{} has a value already (line {})",
        "Für {} gibt es schon einen Wert (Zeile {})",
    ),
    (
        "keep one row per year; explain a second figure in the note",
        "Behalten Sie eine Zeile pro Jahr; erklären Sie eine zweite Zahl in der Anmerkung",
    ),
    (
        "\"{}\" is not a finite number",
        "„{}“ ist keine endliche Zahl",
    ),
    (
        "write the figure in digits, like 205.7",
        "Schreiben Sie die Zahl in Ziffern, etwa 205.7",
    ),
    ("{} is negative", "{} ist negativ"),
    (
        "values are amounts or counts, zero or more",
        "Werte sind Beträge oder Anzahlen, null oder mehr",
    ),
    ("the value is empty", "Der Wert ist leer"),
    (
        "leave a year without a figure out altogether: a missing year is shown as a gap",
        "Lassen Sie ein Jahr ohne Zahl ganz weg: Ein fehlendes Jahr erscheint als Lücke",
    ),
    (
        "\"{}\" is not a number in a comma-separated file: it has a comma (a decimal comma or a thousands separator)",
        "„{}“ ist in einer durch Kommas getrennten Datei keine Zahl: Der Wert enthält ein Komma (ein Dezimalkomma oder ein Tausendertrennzeichen)",
    ),
    (
        "in a comma-separated file write it with a decimal point and no thousands separator: {}",
        "Schreiben Sie die Zahl in einer durch Kommas getrennten Datei mit einem Dezimalpunkt und ohne Tausendertrennzeichen: {}",
    ),
    (
        "in a comma-separated file a number has no comma: a dot for decimals and no thousands separator, like 1234.5",
        "In einer durch Kommas getrennten Datei hat eine Zahl kein Komma: Schreiben Sie einen Punkt vor die Dezimalstellen und kein Tausendertrennzeichen, etwa 1234.5",
    ),
    (
        "\"{}\" is ambiguous: {} with a dot between the thousands, or {} with a decimal point",
        "„{}“ ist mehrdeutig: {} mit einem Punkt als Tausendertrennzeichen oder {} mit einem Dezimalpunkt",
    ),
    (
        "in a semicolon-separated file write decimals with a comma and leave out thousands separators: {}, or {}",
        "Schreiben Sie in einer durch Semikolons getrennten Datei Dezimalstellen mit einem Komma und lassen Sie Tausendertrennzeichen weg: {} oder {}",
    ),
    (
        "\"{}\" has a decimal point, but in a semicolon-separated file decimals take a comma",
        "„{}“ hat einen Dezimalpunkt, in einer durch Semikolons getrennten Datei werden Dezimalstellen aber mit einem Komma abgetrennt",
    ),
    (
        "in a semicolon-separated file write digits with a decimal comma and no thousands separator, like 205,7",
        "Schreiben Sie in einer durch Semikolons getrennten Datei Ziffern mit einem Dezimalkomma und ohne Tausendertrennzeichen, etwa 205,7",
    ),
    (
        "{} is absurdly large: times the series' scale it is more than a thousand trillion (10^15)",
        "{} ist unsinnig groß: Mit dem Maßstab der Datenreihe multipliziert ergibt das mehr als eine Billiarde (10^15)",
    ),
    (
        "check the digits and the scale in the series' .toml file (1, 1000000 or 1000000000)",
        "Prüfen Sie die Ziffern und den Maßstab (scale) in der .toml-Datei der Datenreihe (1, 1000000 oder 1000000000)",
    ),
    ("\"{}\" is not a number", "„{}“ ist keine Zahl"),
    (
        "write digits with a dot for decimals and no thousands separator, like 205.7",
        "Schreiben Sie Ziffern mit einem Punkt vor den Dezimalstellen und ohne Tausendertrennzeichen, etwa 205.7",
    ),
    ("\"{}\" is not a status", "„{}“ ist kein zulässiger Wert für status"),
    (
        "use reported, provisional, revised or estimate",
        "Verwenden Sie reported, provisional, revised oder estimate",
    ),
    ("the value has no source", "Der Wert hat keine Quelle"),
    (
        "name one of the sources of the series' .toml file in the source column",
        "Nennen Sie in der Spalte source eine der Quellen aus der .toml-Datei der Datenreihe",
    ),
    (
        "there is no source \"{}\" in the series' .toml file",
        "In der .toml-Datei der Datenreihe gibt es keine Quelle „{}“",
    ),
    (
        "the value rests on a copy (source \"{}\"), so its status must be estimate, not {}",
        "Der Wert stützt sich auf eine Kopie (Quelle „{}“), daher muss sein Status estimate sein, nicht {}",
    ),
    (
        "the value rests on a press release (source \"{}\"), so its status must be estimate, not {}",
        "Der Wert stützt sich auf eine Pressemitteilung (Quelle „{}“), daher muss sein Status estimate sein, nicht {}",
    ),
    (
        "set the status to estimate, or name a source that is official statistics, a government or news for this value",
        "Setzen Sie den Status auf estimate, oder nennen Sie für diesen Wert eine Quelle aus amtlicher Statistik, von einer Regierung oder aus den Nachrichten",
    ),
    (
        "{} is more than five times the value of {}, the nearest year ({}), and no note says why",
        "{0} ist mehr als fünfmal so groß wie der Wert des nächstgelegenen Jahres {1} ({2}), und keine Anmerkung nennt den Grund",
    ),
    (
        "{} is less than a fifth of the value of {}, the nearest year ({}), and no note says why",
        "{0} ist weniger als ein Fünftel des Wertes des nächstgelegenen Jahres {1} ({2}), und keine Anmerkung nennt den Grund",
    ),
    (
        "check the digits and the series' scale; if the figure is right, say why in note_de, note_zh and note_en (a single large investment, say)",
        "Prüfen Sie die Ziffern und den Maßstab der Datenreihe; stimmt die Zahl, nennen Sie den Grund in note_de, note_zh und note_en (etwa eine einzelne große Investition)",
    ),
    (
        "the note is missing in one language",
        "Die Anmerkung fehlt in einer Sprache",
    ),
    (
        "write the note in German, Chinese and English, or leave all three empty",
        "Schreiben Sie die Anmerkung auf Deutsch, Chinesisch und Englisch, oder lassen Sie alle drei leer",
    ),
    (
        "the note has {} characters; at most {} fit",
        "Die Anmerkung hat {} Zeichen; höchstens {} passen",
    ),
    // `write 199,66`: after every fix that starts with "write".
    ("write {}", "Schreiben Sie {}"),
    // ---- General fixes, after every more specific one ----
    ("use one of: {}", "Verwenden Sie einen dieser Werte: {}"),
    ("use \"{}\"", "Verwenden Sie \"{}\""),
    // ---- What the check and the build print themselves (bin/check-content.rs, build.rs) ----
    (
        "Content OK: {} events in {} categories and {} eras, {} data series with {} values, {} key figures, {} pictures, {} sources; {} of {} events ({} %) and {} of {} values ({} %) rest on official statistics, a government or news reporting.",
        "Inhalt in Ordnung: {} Ereignisse in {} Kategorien und {} Epochen, {} Datenreihen mit {} Werten, {} Kennzahlen, {} Bilder, {} Quellen; {} von {} Ereignissen ({} %) und {} von {} Werten ({} %) stützen sich auf amtliche Statistik, eine Regierung oder Nachrichtenmedien.",
    ),
    ("{} problem(s) in the content:", "{} Problem(e) im Inhalt:"),
    (
        "The content has {} problem(s); run the content check.",
        "Der Inhalt hat {} Problem(e); führen Sie die Inhaltsprüfung aus.",
    ),
    (
        "{} is missing, so characters cannot be checked against the fonts",
        "{} fehlt, daher können die Zeichen nicht mit den Schriften abgeglichen werden",
    ),
    (
        "run `bash scripts/build-fonts.sh`",
        "Führen Sie `bash scripts/build-fonts.sh` aus",
    ),
    ("Cannot read {}: {}", "{} kann nicht gelesen werden: {}"),
    ("cannot read {}: {}", "{} kann nicht gelesen werden: {}"),
    (
        "cannot encode the content: {}",
        "Der Inhalt kann nicht kodiert werden: {}",
    ),
    (
        "cannot write the content: {}",
        "Der Inhalt kann nicht geschrieben werden: {}",
    ),
    (
        "The exhibit's content has {} problem(s); nothing was built:",
        "Der Inhalt der Ausstellung hat {} Problem(e); es wurde nichts gebaut:",
    ),
    (
        "Check the content with: bash scripts/check-content.sh (see CONTENT.md)",
        "Prüfen Sie den Inhalt mit: bash scripts/check-content.sh --lang de (siehe CONTENT.de.md)",
    ),
];
