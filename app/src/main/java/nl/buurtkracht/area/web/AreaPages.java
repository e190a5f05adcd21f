// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import java.util.List;

import nl.buurtkracht.area.Area;
import nl.buurtkracht.area.AreaCatalogue;
import nl.buurtkracht.area.AreaCode;
import nl.buurtkracht.area.AreaLevel;
import nl.buurtkracht.area.Figures;
import nl.buurtkracht.area.KeyFigures;
import nl.buurtkracht.area.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public area pages: the home page (choose or search a gemeente) and one page per gemeente, wijk
 * and buurt with key figures, breadcrumbs, a list of the areas inside it and a map where boundaries exist.
 */
@Controller
@PreAuthorize("permitAll()")
class AreaPages {

	static final int PAGE_SIZE = 50;

	/** The home page lists gemeenten to choose from: all 342 on two pages rather than seven. */
	static final int MUNICIPALITIES_PAGE_SIZE = Paging.MAX_SIZE;

	private final AreaCatalogue catalogue;

	private final MapTiles tiles;

	private final AreaLinks links;

	AreaPages(AreaCatalogue catalogue, MapTiles tiles, AreaLinks links) {
		this.catalogue = catalogue;
		this.tiles = tiles;
		this.links = links;
	}

	@GetMapping("/")
	String showHome(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		String text = query == null ? "" : query.strip();
		model.addAttribute("query", text);
		if (text.isEmpty()) {
			model.addAttribute("municipalities",
					catalogue.municipalities(new Paging(Math.max(1, page), MUNICIPALITIES_PAGE_SIZE)));
		}
		else {
			model.addAttribute("results", catalogue.search(text, paging(page)));
		}
		return "area/home";
	}

	@GetMapping("/gemeenten/{code}")
	String showMunicipality(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		return showArea(AreaLevel.MUNICIPALITY, code, year, page, model);
	}

	@GetMapping("/wijken/{code}")
	String showDistrict(@PathVariable String code, @RequestParam(name = "jaar", required = false) @Nullable Integer year,
			@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		return showArea(AreaLevel.DISTRICT, code, year, page, model);
	}

	@GetMapping("/buurten/{code}")
	String showNeighbourhood(@PathVariable String code,
			@RequestParam(name = "jaar", required = false) @Nullable Integer year, Model model) {
		return showArea(AreaLevel.NEIGHBOURHOOD, code, year, 1, model);
	}

	private String showArea(AreaLevel level, String code, @Nullable Integer year, int page, Model model) {
		AreaCode areaCode = AreaCode.parse(code).orElseThrow(AreaPages::notFound);
		Area area = catalogue.find(areaCode, year).orElseThrow(AreaPages::notFound);
		if (area.level() != level || !areaCode.value().equals(code)) {
			return "redirect:" + AreaLinks.path(areaCode) + (year == null ? "" : "?jaar=" + year);
		}
		List<Integer> years = catalogue.years(areaCode);
		boolean newestYear = years.get(0).equals(area.year());
		Figures figures = catalogue.figures(areaCode, area.year());
		model.addAttribute("area", area);
		model.addAttribute("years", years);
		model.addAttribute("newestYear", newestYear);
		model.addAttribute("newestPath", AreaLinks.path(areaCode));
		model.addAttribute("pagePath", links.href(area, newestYear));
		model.addAttribute("ancestors", catalogue.ancestors(area));
		model.addAttribute("figures", KeyFigures.of(figures));
		model.addAttribute("allFigures", figures);
		if (level != AreaLevel.NEIGHBOURHOOD) {
			model.addAttribute("children", catalogue.children(area, paging(page)));
		}
		model.addAttribute("showMap", catalogue.hasBoundaries(area));
		model.addAttribute("tiles", tiles);
		return "area/area";
	}

	private static Paging paging(int page) {
		return new Paging(Math.max(1, page), PAGE_SIZE);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
