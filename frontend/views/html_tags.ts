/** Element names of HTML and SVG: with `allow_tags=True`, any other tag in a message is shown as text. */
export const KNOWN_TAGS: ReadonlySet<string> = new Set(
	[
		// HTML
		"a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code",
		"col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer",
		"form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map",
		"mark menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt",
		"ruby s samp script search section select slot small source span strong style sub summary sup table tbody",
		"td template textarea tfoot th thead time title tr track u ul var video wbr center font big strike tt",
		// SVG
		"svg g defs symbol use image path rect circle ellipse line polyline polygon text tspan textpath marker",
		"pattern clippath mask lineargradient radialgradient stop filter foreignobject desc metadata view switch",
		"animate animatemotion animatetransform set mpath fecolormatrix fecomposite feflood fegaussianblur feimage",
		"femerge femergenode feoffset feblend feturbulence fedisplacementmap femorphology fetile",
		// MathML
		"math mi mn mo ms mtext mrow mfrac msqrt mroot msub msup msubsup munder mover munderover mtable mtr mtd",
		"mspace mstyle semantics annotation"
	]
		.join(" ")
		.split(" ")
);
