#pragma once

#include <QLoggingCategory>

// One logging category per component, all under "ib.", switchable with QT_LOGGING_RULES,
// for example QT_LOGGING_RULES="ib.api.debug=true". No category ever carries a secret,
// a signature or a security token.
Q_DECLARE_LOGGING_CATEGORY(lcApi)         // ib.api: requests, pages, retries
Q_DECLARE_LOGGING_CATEGORY(lcResults)     // ib.results: parsing and decoding
Q_DECLARE_LOGGING_CATEGORY(lcModels)      // ib.models: table, filters, grouping
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // ib.credentials: profiles and the keychain
Q_DECLARE_LOGGING_CATEGORY(lcExport)      // ib.export: CSV writing
Q_DECLARE_LOGGING_CATEGORY(lcDemo)        // ib.demo: the local endpoint
Q_DECLARE_LOGGING_CATEGORY(lcUi)          // ib.ui: the window
Q_DECLARE_LOGGING_CATEGORY(lcApp)         // ib.app: start-up and the command line
