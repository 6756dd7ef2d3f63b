#include "demoserver.h"
