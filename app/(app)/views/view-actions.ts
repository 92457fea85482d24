import { createSavedViewAction, deleteSavedViewAction, pinSavedViewAction } from "./actions";

/** The saved-view actions every list page hands to its SavedViews bar. */
export const savedViewActions = { create: createSavedViewAction, pin: pinSavedViewAction, remove: deleteSavedViewAction };
