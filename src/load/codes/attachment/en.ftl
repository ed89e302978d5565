# The messages of `attachment` in English.

attachment-summary = A file that kplan.toml names besides the plan files (the logo, an appendix) cannot be used: missing, outside the plan folder, too large, of the wrong kind, or an SVG with active content.
# `$file`: the path as written in kplan.toml.
attachment-outside = `{ $file }` leads out of the plan folder
attachment-outside-help = kplan reads only files inside the plan folder: put the file in it and give its path relative to kplan.toml, without `..`
# `$why`: outside (a link out of the plan folder), broken (a link to nothing), folder, special (a FIFO, a socket or a device).
attachment-refused = { $why ->
    [outside] `{ $file }` is a link that leads out of the plan folder, so kplan does not read it
    [broken] `{ $file }` is a link to a file that does not exist
    [folder] `{ $file }` is a folder, not a file
   *[special] `{ $file }` is not a regular file (a FIFO, a socket or a device), so kplan does not read it
}
attachment-refused-help = { $why ->
    [outside] copy the file into the plan folder instead of linking to it
    [broken] point the link at a file inside the plan folder, or give the file's own path
    [folder] give the path of the file inside the folder
   *[special] give the path of an ordinary file inside the plan folder
}
attachment-missing = `{ $file }` does not exist
attachment-missing-help = the path is relative to the folder of kplan.toml; check the spelling, capitals included
# `$reason`: the operating system's words.
attachment-unreadable = cannot read `{ $file }`: { $reason }
attachment-unreadable-help = check that the file can be read by the user who runs kplan
# `$kind`: logo or appendix; `$size` and `$limit` in KiB.
attachment-too-large = `{ $file }` is { $size } KiB, more than the { $limit } KiB { $kind ->
    [logo] a logo
   *[appendix] an appendix
} may have
attachment-too-large-help = { $kind ->
    [logo] a coat of arms needs only a few kilobytes: save it as SVG, or as a smaller PNG
   *[appendix] split the appendix into several, or leave out what is in other documents and refer to them
}
attachment-logo-format = the logo must be an SVG or PNG file (`.svg` or `.png`), not `{ $file }`
attachment-logo-format-help = the municipality's coat of arms is usually available as SVG from the municipality's communications staff or from Wikimedia Commons
attachment-not-png = `{ $file }` is not a PNG picture: it does not begin as a PNG file does
attachment-not-png-help = save the picture again as PNG, or give the name its real type (`.svg`)
# `$reason`: the XML parser's words, in English.
attachment-not-svg = `{ $file }` cannot be read as SVG: { $reason }
attachment-not-svg-help = save the picture again as plain SVG (in Inkscape: Save as → Plain SVG)
# `$removed`: the elements and attributes as written in the SVG (`<script>`, `onload`, `xlink:href`).
attachment-svg-unsafe = the logo `{ $file }` holds active content or links out of the file ({ $removed }), which a public document may not carry
attachment-svg-unsafe-help = a coat of arms needs only shapes and colours: remove scripts, links and embedded pictures, or save it as plain SVG; if you lower this finding's severity, the logo is shown without them
attachment-appendix-format = an appendix must be a Markdown file (`.md`), not `{ $file }`
attachment-appendix-format-help = write the appendix in Markdown in a `.md` file; a Word or PDF document can be published beside the plan and named in the text
attachment-not-utf8 = `{ $file }` is not UTF-8 text
attachment-not-utf8-help = save the file with the encoding UTF-8 (most editors offer it under Save as)
attachment-no-title = the appendix `{ $file }` has no title
attachment-no-title-help = give `title` in its `[[appendices]]` entry, or begin the file with a heading (`# Mandate for the working group`)
# `$limit`: the most appendices a plan may have.
attachment-too-many = more than { $limit } appendices: this one and those after it are not printed
attachment-too-many-help = the appendices are lettered B to X; join short ones, or refer to other documents in the text
