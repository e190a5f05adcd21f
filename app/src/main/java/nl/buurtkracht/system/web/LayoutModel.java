// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current path, for the language switch.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
