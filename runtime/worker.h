/* runtime/worker.h — what a worker does with a task: the dispatch from a request's op to the
 * language (exec) or the answer grader (grade, extract). The pool runs it inside the sandbox. */
#ifndef TIRBOX_WORKER_H
#define TIRBOX_WORKER_H

#include "protocol/proto.h"

/* Runs one task and answers it with pool_reply (a pool_runner). */
void worker_run(const ProtoRequest *req);

#endif
