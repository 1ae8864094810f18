#define _GNU_SOURCE
#include "cell_stack.h"

#include <errno.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

// The sanitizers must be told about a switch of stacks (their fiber interfaces, documented in
// compiler-rt's common_interface_defs.h and tsan_interface.h), or they mistake one stack for the
// other.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SITEGEN_ASAN 1
#endif
#if __has_feature(thread_sanitizer)
#define SITEGEN_TSAN 1
#endif
#endif

#ifdef SITEGEN_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);
#endif
#ifdef SITEGEN_TSAN
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif

/// The call being made on the current thread: `makecontext` passes only `int` arguments, so
/// the entry point finds its job here (stack switches never leave the thread).
typedef struct job {
  void (*body)(void *);
  void *context;
#ifdef SITEGEN_ASAN
  const void *caller_bottom;
  size_t caller_size;
#endif
#ifdef SITEGEN_TSAN
  void *caller_fiber;
#endif
} job;

static _Thread_local job *current_job;

// The entry point hands the sanitizers back to the caller's stack before it returns, so it must
// not be instrumented itself: ThreadSanitizer would record its exit on the caller's stack.
#if defined(__has_attribute)
#if __has_attribute(disable_sanitizer_instrumentation)
#define SITEGEN_UNINSTRUMENTED __attribute__((disable_sanitizer_instrumentation))
#endif
#endif
#ifndef SITEGEN_UNINSTRUMENTED
#define SITEGEN_UNINSTRUMENTED
#endif

SITEGEN_UNINSTRUMENTED static void entry(void) {
  job *call = current_job;
#ifdef SITEGEN_ASAN
  __sanitizer_finish_switch_fiber(NULL, &call->caller_bottom, &call->caller_size);
#endif
  call->body(call->context);
#ifdef SITEGEN_ASAN
  // NULL: this stack's frames are done with (its fake stack may be freed).
  __sanitizer_start_switch_fiber(NULL, call->caller_bottom, call->caller_size);
#endif
#ifdef SITEGEN_TSAN
  __tsan_switch_to_fiber(call->caller_fiber, 0);
#endif
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
  stack->fiber = NULL;
#ifdef SITEGEN_TSAN
  stack->fiber = __tsan_create_fiber(0);
#endif
  return 0;
}

void sitegen_stack_destroy(sitegen_stack *stack) {
#ifdef SITEGEN_TSAN
  if (stack->fiber != NULL) __tsan_destroy_fiber(stack->fiber);
#endif
  stack->fiber = NULL;
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
#ifdef SITEGEN_ASAN
  void *fake_stack = NULL;
  __sanitizer_start_switch_fiber(&fake_stack, stack->base, stack->size);
#endif
#ifdef SITEGEN_TSAN
  call.caller_fiber = __tsan_get_current_fiber();
  __tsan_switch_to_fiber(stack->fiber, 0);
#endif
  int result = swapcontext(&caller, &callee);
#ifdef SITEGEN_ASAN
  __sanitizer_finish_switch_fiber(fake_stack, NULL, NULL);
#endif
  current_job = outer;
  return result;
}
