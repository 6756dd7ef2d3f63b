#include "logcategories.h"

Q_LOGGING_CATEGORY(lcApi, "ib.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResults, "ib.results", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "ib.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "ib.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "ib.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "ib.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "ib.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "ib.app", QtInfoMsg)
