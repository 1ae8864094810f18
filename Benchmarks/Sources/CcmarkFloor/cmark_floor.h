// libcmark's public interface, for rendering Markdown with cmark alone.
#include <cmark.h>
