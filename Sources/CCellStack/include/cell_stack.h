#ifndef SITEGEN_CELL_STACK_H
#define SITEGEN_CELL_STACK_H

#include <stddef.h>

/// A region of memory to run code on: `size` usable bytes above a guard page that faults on
/// overflow. Reserved, not committed: pages are touched only as the stack grows.
typedef struct sitegen_stack {
  void *base;
  size_t size;
  /// ThreadSanitizer's record of the stack, when built with it.
  void *fiber;
} sitegen_stack;

/// Reserves a stack of at least `size` bytes. Returns 0 on success, -1 with errno set.
int sitegen_stack_create(sitegen_stack *stack, size_t size);

/// Releases a stack made by `sitegen_stack_create` (not while code runs on it).
void sitegen_stack_destroy(sitegen_stack *stack);

/// Calls `body(context)` on `stack`, on the calling thread, and returns when it returns.
/// A switch of stack pointer only: no thread hand-off, no scheduler. `body` must return normally
/// (not longjmp out). Calls may not nest on the same stack. Returns 0, or -1 with errno set when
/// the switch could not be made (then `body` did not run).
int sitegen_stack_run(sitegen_stack *stack, void (*body)(void *), void *context);

#endif
