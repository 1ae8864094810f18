#define _GNU_SOURCE
#include "cell_stack.h"

#include <errno.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/// The call being made on the current thread: `makecontext` passes only `int` arguments, so
/// the entry point finds its job here (stack switches never leave the thread).
typedef struct job {
  void (*body)(void *);
  void *context;
} job;

static _Thread_local job *current_job;

static void entry(void) {
  job *call = current_job;
  call->body(call->context);
  // Returning resumes the context in `uc_link`: the caller's.
}

int sitegen_stack_create(sitegen_stack *stack, size_t size) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t usable = (size + page - 1) / page * page;
  void *base = mmap(NULL, usable + page, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) return -1;
  // The lowest page is the guard: the stack grows down into it on overflow and faults.
  if (mprotect(base, page, PROT_NONE) != 0) {
    int saved = errno;
    munmap(base, usable + page);
    errno = saved;
    return -1;
  }
  stack->base = base;
  stack->size = usable + page;
  return 0;
}

void sitegen_stack_destroy(sitegen_stack *stack) {
  if (stack->base != NULL) munmap(stack->base, stack->size);
  stack->base = NULL;
  stack->size = 0;
}

int sitegen_stack_run(sitegen_stack *stack, void (*body)(void *), void *context) {
  ucontext_t caller;
  ucontext_t callee;
  if (getcontext(&callee) != 0) return -1;
  callee.uc_stack.ss_sp = stack->base;
  callee.uc_stack.ss_size = stack->size;
  callee.uc_link = &caller;
  makecontext(&callee, entry, 0);
  job call = {body, context};
  job *outer = current_job;
  current_job = &call;
  int result = swapcontext(&caller, &callee);
  current_job = outer;
  return result;
}
