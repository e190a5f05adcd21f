// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting.web;

import nl.buurtkracht.budgeting.IllegalPhaseException;
import nl.buurtkracht.budgeting.UnknownRoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unknown round or project is a friendly 404 page; an action the round's phase does not allow is a
 * friendly 409 page that says the phase has moved on.
 */
@ControllerAdvice(basePackageClasses = NotFoundAdvice.class)
class NotFoundAdvice {

	@ExceptionHandler(UnknownRoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("kind", "404");
		return "error";
	}

	@ExceptionHandler(IllegalPhaseException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String wrongPhase(Model model) {
		return "budgeting/wrong-phase";
	}

}
